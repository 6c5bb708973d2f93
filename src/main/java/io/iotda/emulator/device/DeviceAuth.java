package io.iotda.emulator.device;

/**
 * How a device authenticates (IoTDA's {@code auth_info}).
 *
 * @param authType {@code SECRET} or {@code CERTIFICATES}
 * @param secret the secret of a {@code SECRET} device (8 to 32 of {@code A-Za-z0-9_-}),
 * generated when none is given
 * @param fingerprint the certificate fingerprint of a {@code CERTIFICATES} device (40 or
 * 64 hex digits), or {@code null}
 * @param secureAccess whether the device connects over a secure protocol, or {@code null}
 * when not given
 * @param timeout seconds the device has to connect first (0: no limit), or {@code null}
 * when not given
 */
public record DeviceAuth(String authType, String secret, String fingerprint, Boolean secureAccess, Integer timeout) {

	public static final String SECRET = "SECRET";

	public static final String CERTIFICATES = "CERTIFICATES";

}
