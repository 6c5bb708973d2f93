package io.iotda.emulator.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application in {@code verify} mode with two users, three access keys and a
 * control-plane token, for the API tests of credentials. One annotation, so every class
 * using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "iotda.auth.mode=verify", "iotda.auth.token-ttl=3s",
		"iotda.limits.max-body-size=16KB", "iotda.auth.users[0].name=alice",
		"iotda.auth.users[0].password=alice-password", "iotda.auth.users[0].domain=acme",
		"iotda.auth.users[0].projects[0].id=p1", "iotda.auth.users[0].projects[0].name=cn-north-4",
		"iotda.auth.users[1].name=bob", "iotda.auth.users[1].password=bob-password", "iotda.auth.users[1].domain=acme",
		"iotda.auth.users[1].projects[0].id=p2", "iotda.auth.access-keys[0].ak=AKP1",
		"iotda.auth.access-keys[0].sk=sk-of-p1", "iotda.auth.access-keys[0].projects=p1",
		"iotda.auth.access-keys[1].ak=AKP2", "iotda.auth.access-keys[1].sk=sk-of-p2",
		"iotda.auth.access-keys[1].projects=p2", "iotda.auth.access-keys[2].ak=ACCEPTANCEAK00000001",
		"iotda.auth.access-keys[2].sk=acceptance-secret-key",
		"iotda.auth.access-keys[2].projects=0123456789abcdef0123456789abcdef,p1",
		"iotda.emulator.control-plane.token=" + VerifyMode.CONTROL_PLANE_TOKEN })
@interface VerifyMode {

	String P1_AK = "AKP1";

	String P1_SK = "sk-of-p1";

	/** The control plane's credential, sent as {@code X-Emulator-Token}. */
	String CONTROL_PLANE_TOKEN = "control-plane-token-of-the-tests";

}
