package io.iotda.emulator.otapackage;

/**
 * Where the package lies in OBS, as the client named it: the emulator stores it and never
 * fetches it.
 *
 * @param sign the SHA-256 of the package the platform hands to devices, or {@code null}
 */
public record ObsLocation(String regionName, String bucketName, String objectKey, String sign) {
}
