package io.iotda.emulator.device;

import java.time.Instant;

/**
 * A product of a project and instance: what a device's {@code product_id} refers to.
 *
 * @param productId the product id, unique in its project and instance
 * @param appId its resource space, or {@code null} for the default one
 * @param name its name
 * @param deviceType the type of its devices
 * @param protocolType the protocol its devices use ({@code MQTT}, {@code CoAP}, ...)
 * @param dataFormat {@code json} or {@code binary}
 * @param manufacturerName its manufacturer, or {@code null}
 * @param industry its industry, or {@code null}
 * @param description its description, or {@code null}
 * @param serviceCapabilities its service capabilities as the client gave them: a JSON
 * array as text
 * @param createTime when it was created (the emulator's clock)
 */
public record Product(String productId, String appId, String name, String deviceType, String protocolType,
		String dataFormat, String manufacturerName, String industry, String description, String serviceCapabilities,
		Instant createTime) {
}
