package io.iotda.emulator.device;

import java.time.Instant;

/**
 * ListDevices' filters; each {@code null} one matches every device.
 *
 * @param productId devices of this product
 * @param gatewayId the sub-devices of this device (not the device itself)
 * @param cascade with {@code gatewayId}: its sub-devices at every level, not only the
 * first
 * @param nodeId devices with this node id
 * @param deviceName devices with this name (exact)
 * @param startTime devices registered at or after this instant
 * @param endTime devices registered at or before this instant
 * @param appId devices of this resource space
 */
public record DeviceFilter(String productId, String gatewayId, boolean cascade, String nodeId, String deviceName,
		Instant startTime, Instant endTime, String appId) {

	/** Every device. */
	public static DeviceFilter none() {
		return new DeviceFilter(null, null, false, null, null, null, null, null);
	}

}
