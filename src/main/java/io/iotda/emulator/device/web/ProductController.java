package io.iotda.emulator.device.web;

import io.iotda.emulator.device.NewProduct;
import io.iotda.emulator.device.Page;
import io.iotda.emulator.device.PageRequest;
import io.iotda.emulator.device.Product;
import io.iotda.emulator.device.Products;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * IoTDA's product API: maps paths, headers, query and body, then hands over to
 * {@link Products}. The documentation and the parameters' rules are {@link ProductApi}'s.
 */
@RestController
@RequestMapping(path = "/v5/iot/{project_id}/products", produces = MediaType.APPLICATION_JSON_VALUE)
class ProductController implements ProductApi {

	private static final TypeReference<List<Map<String, Object>>> CAPABILITIES = new TypeReference<>() {
	};

	private final Products products;

	private final JsonMapper json;

	ProductController(Products products, JsonMapper json) {
		this.products = products;
		this.json = json;
	}

	@Override
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	public ProductResponse create(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody AddProductRequest request) {
		Product product = this.products.create(TenantScope.of(projectId, instanceId),
				new NewProduct(request.productId(), request.name(), request.deviceType(), request.protocolType(),
						request.dataFormat(), request.manufacturerName(), request.industry(), request.description(),
						request.appId(), (request.serviceCapabilities() != null)
								? this.json.writeValueAsString(request.serviceCapabilities()) : null));
		return answer(product);
	}

	@Override
	@GetMapping
	public ListProductsResponse list(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "app_id", required = false) String appId,
			@RequestParam(name = "product_name", required = false) String productName,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset) {
		Page<Product> page = this.products.list(TenantScope.of(projectId, instanceId), appId, productName,
				PageRequest.of(marker, offset, limit));
		return new ListProductsResponse(page.items().stream().map(ProductSummary::of).toList(),
				new PageInfo(page.count(), page.marker()));
	}

	@Override
	@GetMapping("/{product_id}")
	public ProductResponse show(@PathVariable("project_id") String projectId,
			@PathVariable("product_id") String productId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "app_id", required = false) String appId) {
		return answer(find(TenantScope.of(projectId, instanceId), productId, appId));
	}

	@Override
	@DeleteMapping("/{product_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable("project_id") String projectId, @PathVariable("product_id") String productId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "app_id", required = false) String appId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		find(scope, productId, appId);
		if (!this.products.delete(scope, productId)) {
			throw new IotdaException(IotdaError.PRODUCT_NOT_FOUND);
		}
	}

	/** The product, of the resource space when one is named; else 404. */
	private Product find(TenantScope scope, String productId, String appId) {
		return this.products.find(scope, productId)
			.filter((product) -> appId == null || Objects.equals(appId, product.appId()))
			.orElseThrow(() -> new IotdaException(IotdaError.PRODUCT_NOT_FOUND));
	}

	private ProductResponse answer(Product product) {
		return ProductResponse.of(product, this.json.readValue(product.serviceCapabilities(), CAPABILITIES));
	}

}
