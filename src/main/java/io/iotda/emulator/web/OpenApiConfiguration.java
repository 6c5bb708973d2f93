package io.iotda.emulator.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document behind Swagger UI: what the API is, where it runs, how clients
 * authenticate, and the {@code X-Request-Id} header every answer carries.
 * <p>
 * Groups: {@value #IOTDA_GROUP} holds the emulated IoTDA API ({@code /v5/**} and the IAM
 * token endpoint under {@code /v3/auth/**}); the emulator's control plane under
 * {@code /_emulator/**} declares its own group ({@code emulator}). {@code /v3/api-docs}
 * without a group serves all of it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String IOTDA_GROUP = "iotda";

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	static final String AKSK_SCHEME = "akskSignature";

	static final String TOKEN_SCHEME = "iamToken";

	@Bean
	OpenAPI iotdaOpenApi() {
		return new OpenAPI().info(new Info().title("IoTDA batch-task emulator").version("v5").description("""
				An emulator of Huawei Cloud IoTDA's batch-task API (API version v5) for local and CI \
				testing. Paths, fields, enumerations (Waitting has two t's), status codes and the \
				error envelope {"error_code","error_msg"} are the real service's; where the public \
				material is silent the emulator makes a documented choice (marked "emulator" in the \
				descriptions and listed in docs/fidelity.md). Every answer carries an \
				X-Request-Id header, which the official SDKs put into their exceptions."""))
			.servers(List.of(new Server().url("/").description("This emulator (same origin as this document)")))
			.components(new Components()
				.addSecuritySchemes(AKSK_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name("Authorization")
					.description("""
							AK/SK signature as the official SDKs compute it: `SDK-HMAC-SHA256 Access=<AK>, \
							SignedHeaders=<names>, Signature=<hex>` (with `X-Sdk-Date` and `X-Project-Id`), or \
							the derived `V11-HMAC-SHA256 Credential=<AK>/<yyyyMMdd>/<region>/iotdm, ...` form."""))
				.addSecuritySchemes(TOKEN_SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-Auth-Token")
							.description("IAM user token, as handed out in X-Subject-Token by POST /v3/auth/tokens."))
				.addHeaders(REQUEST_ID_HEADER, new Header()
					.description(
							"Id of this request (32 lower-case hex digits); the SDKs report it in their exceptions.")
					.schema(new StringSchema().pattern("^[0-9a-f]{32}$").example("7127b37e51a7450fa40bab093344d161"))))
			// Either credential, or none: whether one is required depends on
			// iotda.auth.mode (emulator).
			.security(List.of(new SecurityRequirement().addList(AKSK_SCHEME),
					new SecurityRequirement().addList(TOKEN_SCHEME), new SecurityRequirement()));
	}

	@Bean
	GroupedOpenApi iotdaApi() {
		return GroupedOpenApi.builder().group(IOTDA_GROUP).pathsToMatch("/v5/**", "/v3/auth/**").build();
	}

	/**
	 * Every answer of every operation, in every group, documents the X-Request-Id header.
	 */
	@Bean
	GlobalOpenApiCustomizer requestIdHeaderOnEveryAnswer() {
		return (openApi) -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.stream()
					.filter((operation) -> operation.getResponses() != null)
					.flatMap((operation) -> operation.getResponses().values().stream())
					.forEach(OpenApiConfiguration::addRequestIdHeader));
		};
	}

	private static void addRequestIdHeader(ApiResponse response) {
		if (response.getHeaders() == null || !response.getHeaders().containsKey(REQUEST_ID_HEADER)) {
			response.addHeaderObject(REQUEST_ID_HEADER, new Header().$ref("#/components/headers/" + REQUEST_ID_HEADER));
		}
	}

}
