package io.iotda.emulator.device;

/**
 * UpdateDevice's fields: each {@code null} one is left as it is.
 *
 * @param deviceName the new name (the rules of AddDevice's)
 * @param description the new description
 * @param extensionInfo the new extension information, a JSON object as text
 * @param secureAccess whether the device connects over a secure protocol
 * @param timeout seconds the device has to connect first (0 to 2147483647)
 */
public record DeviceChanges(String deviceName, String description, String extensionInfo, Boolean secureAccess,
		Integer timeout) {
}
