package io.iotda.emulator.device;

/**
 * A device to add: AddDevice's fields. Only {@code nodeId} and {@code productId} are
 * required; the others are {@code null} when not given.
 *
 * @param deviceId at most 128 of {@code A-Za-z0-9_-}; absent:
 * {@code <product_id>_<node_id>}
 * @param nodeId 1 to 64 of {@code A-Za-z0-9_-}
 * @param deviceName at most 256 of letters (Chinese included), digits and
 * {@code _?'#().,&%@!-}
 * @param productId a product of the project and instance
 * @param auth how it authenticates; absent: a generated secret
 * @param description at most 2048 of the characters a name may have
 * @param gatewayId its parent, a registered device; absent: directly connected
 * @param appId its resource space (at most 36 of {@code A-Za-z0-9_-}); absent: the
 * product's
 * @param extensionInfo a JSON object as text, at most 1024 characters
 */
public record NewDevice(String deviceId, String nodeId, String deviceName, String productId, DeviceAuth auth,
		String description, String gatewayId, String appId, String extensionInfo) {
}
