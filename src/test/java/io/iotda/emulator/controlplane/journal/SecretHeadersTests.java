package io.iotda.emulator.controlplane.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the journal keeps of headers that carry credentials. */
class SecretHeadersTests {

	@Test
	void keepsAnSdkSignaturesSchemeKeyAndSignedHeadersButNotTheSignature() {
		assertThat(SecretHeaders.mask("Authorization",
				"SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=0a1b2c"))
			.isEqualTo("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=****");
		assertThat(SecretHeaders.mask("authorization",
				"V11-HMAC-SHA256 Credential=AK1/20360101/cn-north-4/iotdm, Signature=0a1b2c, SignedHeaders=host"))
			.isEqualTo("V11-HMAC-SHA256 Credential=AK1/20360101/cn-north-4/iotdm, Signature=****, SignedHeaders=host");
	}

	@Test
	void keepsOnlyTheSchemeOfOtherAuthorizationsAndNothingOfTokens() {
		assertThat(SecretHeaders.mask("Authorization", "Bearer abc.def")).isEqualTo("Bearer ****");
		assertThat(SecretHeaders.mask("Proxy-Authorization", "opaque")).isEqualTo("****");
		for (String name : new String[] { "X-Auth-Token", "x-security-token", "X-Subject-Token", "X-Emulator-Token",
				"Cookie", "Set-Cookie" }) {
			assertThat(SecretHeaders.mask(name, "MIIsecret")).as(name).isEqualTo("****");
		}
		assertThat(SecretHeaders.mask("X-Project-Id", "p1")).isEqualTo("p1");
	}

}
