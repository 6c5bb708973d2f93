package io.iotda.emulator.web.filter;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters, in one place: each filter's {@code @Order} is one of
 * these, and no two share a value.
 * <ol>
 * <li>request id: every answer carries it, refusals of the filters below included;</li>
 * <li>request log, then request journal: they record whatever the filters below
 * answer;</li>
 * <li>ambiguous path spellings, then content types that name no concrete type: refused
 * before anything reads the body;</li>
 * <li>body size limit: no filter below reads past it;</li>
 * <li>credentials of the IoTDA API, then the control plane's guard (they guard disjoint
 * paths);</li>
 * <li>the per-project rate limit: only requests that passed authentication count.</li>
 * </ol>
 */
public final class FilterOrder {

	public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;

	public static final int REQUEST_LOG = REQUEST_ID + 1;

	public static final int REQUEST_JOURNAL = REQUEST_ID + 2;

	public static final int AMBIGUOUS_PATH = REQUEST_ID + 3;

	public static final int CONTENT_TYPE = REQUEST_ID + 4;

	public static final int BODY_LIMIT = REQUEST_ID + 10;

	public static final int AUTHENTICATION = REQUEST_ID + 20;

	public static final int CONTROL_PLANE_GUARD = REQUEST_ID + 21;

	public static final int RATE_LIMIT = REQUEST_ID + 30;

	private FilterOrder() {
	}

}
