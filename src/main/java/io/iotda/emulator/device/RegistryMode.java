package io.iotda.emulator.device;

/**
 * How the emulator treats device ids (and package ids) that tasks and groups name
 * ({@code iotda.registry.mode}).
 */
public enum RegistryMode {

	/**
	 * Any id is accepted; a device named by a task is registered on first use, without a
	 * product, so that the device APIs show it.
	 */
	LENIENT,

	/** As IoTDA: a device must be registered, else its target gets IoTDA's error. */
	STRICT

}
