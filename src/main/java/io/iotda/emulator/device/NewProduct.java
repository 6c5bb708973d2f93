package io.iotda.emulator.device;

/**
 * A product to create: CreateProduct's fields ({@code null} when not given).
 *
 * @param productId at most 36 of {@code A-Za-z0-9_-}; absent: a generated 24-hex id
 * @param name required, at most 64 of letters (Chinese included), digits and
 * {@code _?'#().,&%@!-}
 * @param deviceType required, at most 32 of the same
 * @param protocolType required: {@code MQTT}, {@code CoAP}, {@code HTTP}, {@code HTTPS},
 * {@code Modbus}, {@code ONVIF}, {@code OPC-UA}, {@code OPC-DA}, {@code TCP}, {@code UDP}
 * or {@code Other}
 * @param dataFormat {@code json} (the default) or {@code binary}
 * @param manufacturerName at most 32 of the characters a name may have
 * @param industry at most 64 of the same
 * @param description at most 128 characters: those, white space and {@code ;，、：；。/}
 * @param appId the resource space (at most 36 of {@code A-Za-z0-9_-})
 * @param serviceCapabilities required: a JSON array (at most 500 entries) as text
 */
public record NewProduct(String productId, String name, String deviceType, String protocolType, String dataFormat,
		String manufacturerName, String industry, String description, String appId, String serviceCapabilities) {
}
