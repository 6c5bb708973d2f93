package io.iotda.emulator.device.web;

import io.iotda.emulator.device.PageRequest;
import io.iotda.emulator.web.IotdaParameters;
import io.iotda.emulator.web.ObjectIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;

/**
 * IoTDA's product API as documented in the OpenAPI document: operations, examples,
 * answers and the parameters' rules. {@link ProductController} implements it with the
 * HTTP mapping; the body's rules are the service's ({@code device.Products}).
 */
@Tag(name = "Products", description = "The emulated IoTDA v5 product API: what a device's product_id refers to. "
		+ "The emulator stores products; it evaluates no product model")
interface ProductApi {

	/** One product as the answers show it. */
	String PRODUCT = """
			  "app_id" : "app_1",
			  "product_id" : "d1b2c3",
			  "name" : "SmartMeter",
			  "device_type" : "Meter",
			  "protocol_type" : "MQTT",
			  "data_format" : "json",
			  "manufacturer_name" : "Acme",
			  "industry" : "Utilities",
			  "description" : "Smart electricity meter",
			""";

	@Operation(operationId = "CreateProduct", summary = "Create a product",
			description = "Creates a product; without product_id the platform assigns a 24-hex id. "
					+ "service_capabilities is stored and returned as given.")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AddProductRequest.class),
					examples = @ExampleObject(name = "meter", summary = "A product with one service",
							value = """
									{
									  "product_id" : "d1b2c3",
									  "name" : "SmartMeter",
									  "device_type" : "Meter",
									  "protocol_type" : "MQTT",
									  "data_format" : "json",
									  "service_capabilities" : [ { "service_id" : "Power", "service_type" : "Power", "option" : "Mandatory" } ],
									  "manufacturer_name" : "Acme",
									  "industry" : "Utilities",
									  "description" : "Smart electricity meter",
									  "app_id" : "app_1"
									}""")))
	@ApiResponse(responseCode = "201", description = "Created: the product",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ProductResponse.class),
					examples = @ExampleObject(name = "created", summary = "The new product",
							value = "{\n" + PRODUCT
									+ """
											  "service_capabilities" : [ { "service_id" : "Power", "service_type" : "Power", "option" : "Mandatory" } ],
											  "create_time" : "20240627T081530Z"
											}""")))
	@ErrorAnswers
	ProductResponse create(@IotdaParameters.ProjectId String projectId, @IotdaParameters.InstanceId String instanceId,
			AddProductRequest request);

	@Operation(operationId = "ListProducts", summary = "List products",
			description = "Products of the project and instance, newest first. page.count is every product "
					+ "matching the filters; page.marker is the record id of the last product on the page.")
	@ApiResponse(responseCode = "200", description = "OK: one page of products",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListProductsResponse.class),
					examples = @ExampleObject(name = "page", summary = "The only product",
							value = "{\n  \"products\" : [ {\n" + PRODUCT + """
									  "create_time" : "20240627T081530Z"
									  } ],
									  "page" : { "count" : 1, "marker" : "66a1c2d3e4f5a6b7c8d9e0f1" }
									}""")))
	@ErrorAnswers
	ListProductsResponse list(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId, @AppIdParam String appId,
			@Parameter(description = "Only products with this name (the whole name, emulator)",
					schema = @Schema(type = "string", maxLength = 64)) @Pattern(regexp = ApiParameters.PRODUCT_NAME,
							message = "must be 1 to 64 letters, digits or _?'#().,&%@!- characters") String productName,
			@IotdaParameters.LimitParam @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(PageRequest.MAX_OFFSET) Integer offset);

	@Operation(operationId = "ShowProduct", summary = "Show a product",
			description = "The product with its service capabilities, as created.")
	@ApiResponse(responseCode = "200", description = "OK: the product",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ProductResponse.class),
					examples = @ExampleObject(name = "product", summary = "A product",
							value = "{\n" + PRODUCT
									+ """
											  "service_capabilities" : [ { "service_id" : "Power", "service_type" : "Power", "option" : "Mandatory" } ],
											  "create_time" : "20240627T081530Z"
											}""")))
	@ErrorAnswers
	ProductResponse show(@IotdaParameters.ProjectId String projectId, @ProductId String productId,
			@IotdaParameters.InstanceId String instanceId, @AppIdParam String appId);

	@Operation(operationId = "DeleteProduct", summary = "Delete a product",
			description = "Deletes the product. Devices of the product keep their product_id (emulator).")
	@ApiResponse(responseCode = "204", description = "No Content: deleted; the body is empty")
	@ErrorAnswers
	void delete(@IotdaParameters.ProjectId String projectId, @ProductId String productId,
			@IotdaParameters.InstanceId String instanceId, @AppIdParam String appId);

}
