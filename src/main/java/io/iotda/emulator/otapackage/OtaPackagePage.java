package io.iotda.emulator.otapackage;

import java.util.List;

/**
 * One page of a tenant's packages, newest first.
 *
 * @param count every package matching the filters, whatever the page
 * @param marker the id of the last package on the page, or {@code null} on an empty page
 */
public record OtaPackagePage(List<OtaPackage> packages, long count, String marker) {

	public OtaPackagePage {
		packages = List.copyOf(packages);
	}

}
