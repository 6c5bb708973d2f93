package io.iotda.emulator.device;

import io.iotda.emulator.web.TenantScope;

/**
 * Published in the transaction that deleted a device (DeleteDevice, a deleteDevices
 * task), so that what refers to it (its group memberships) goes with it, as on IoTDA.
 */
public record DeviceDeleted(TenantScope scope, String deviceId) {
}
