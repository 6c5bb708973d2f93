package io.iotda.emulator.otapackage.web;

import io.iotda.emulator.otapackage.NewOtaPackage;
import io.iotda.emulator.otapackage.OtaPackagePage;
import io.iotda.emulator.otapackage.OtaPackageType;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
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

/**
 * IoTDA's OTA package API: maps paths, headers, query and body, then hands over to
 * {@link OtaPackages}. The documentation and the parameters' rules are
 * {@link OtaPackageApi}'s.
 */
@RestController
@RequestMapping(path = "/v5/iot/{project_id}/ota-upgrades/packages", produces = MediaType.APPLICATION_JSON_VALUE)
class OtaPackageController implements OtaPackageApi {

	private static final int DEFAULT_LIMIT = 10;

	private final OtaPackages packages;

	OtaPackageController(OtaPackages packages) {
		this.packages = packages;
	}

	@Override
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	public OtaPackageResponse create(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody CreateOtaPackageRequest request) {
		NewOtaPackage created = new NewOtaPackage(request.appId(), type(request.packageType()), request.productId(),
				request.version(), request.supportSourceVersions(), request.description(), request.customInfo(),
				request.fileLocation().obsLocation().toLocation());
		return OtaPackageResponse.of(this.packages.create(TenantScope.of(projectId, instanceId), created));
	}

	@Override
	@GetMapping
	public ListOtaPackageInfoResponse list(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "package_type") String packageType,
			@RequestParam(name = "app_id", required = false) String appId,
			@RequestParam(name = "product_id", required = false) String productId,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset) {
		OtaPackagePage page = this.packages.list(TenantScope.of(projectId, instanceId), type(packageType), appId,
				productId, version, (marker != null) ? marker : ObjectIds.FIRST_MARKER, (offset != null) ? offset : 0,
				(limit != null) ? limit : DEFAULT_LIMIT);
		return new ListOtaPackageInfoResponse(page.packages().stream().map(OtaPackageInfo::of).toList(),
				new ListOtaPackageInfoResponse.Page(page.count(), page.marker()));
	}

	@Override
	@GetMapping("/{package_id}")
	public OtaPackageResponse show(@PathVariable("project_id") String projectId,
			@PathVariable("package_id") String packageId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		return OtaPackageResponse.of(this.packages.show(TenantScope.of(projectId, instanceId), packageId));
	}

	@Override
	@DeleteMapping("/{package_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable("project_id") String projectId, @PathVariable("package_id") String packageId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		this.packages.delete(TenantScope.of(projectId, instanceId), packageId);
	}

	private static OtaPackageType type(String packageType) {
		return OtaPackageType.fromWireName(packageType)
			.orElseThrow(() -> new InvalidInputException("package_type must be firmwarePackage or softwarePackage"));
	}

}
