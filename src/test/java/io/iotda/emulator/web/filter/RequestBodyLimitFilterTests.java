package io.iotda.emulator.web.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.iotda.emulator.web.RequestIds;
import io.iotda.emulator.web.RequestLimitsProperties;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The 413 for bodies over the limit: refused at once when Content-Length says so, and
 * while reading when the body comes chunked (as the SDKs send it).
 */
class RequestBodyLimitFilterTests {

	private static final RequestLimitsProperties LIMITS = new RequestLimitsProperties(DataSize.ofBytes(16));

	private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(LIMITS,
			new RequestBodyLimits(LIMITS, List.of()));

	@Test
	void refusesABodyWhoseContentLengthIsOverTheLimitWithoutCallingTheChain() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v5/iot/p1/batchtasks");
		request.setContent("{\"targets\":[\"d1\",\"d2\"]}".getBytes(StandardCharsets.UTF_8));
		request.setAttribute(RequestIds.ATTRIBUTE, "req-1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getContentAsString()).isEqualTo(
				"{\"error_code\":\"APIG.0201\",\"error_msg\":\"Request entity too large.\",\"request_id\":\"req-1\"}");
	}

	@Test
	void passesABodyAtTheLimit() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v5/iot/p1/batchtasks");
		byte[] body = "{\"targets\":[\"1\"]}".substring(0, 16).getBytes(StandardCharsets.UTF_8);
		request.setContent(body);
		AtomicReference<byte[]> read = new AtomicReference<>();
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {
			@Override
			public void service(ServletRequest req, ServletResponse res) throws IOException {
				read.set(req.getInputStream().readAllBytes());
			}
		});

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(read.get()).isEqualTo(body);
	}

	@Test
	void stopsReadingAChunkedBodyOnceItPassesTheLimit() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v5/iot/p1/batchtasks") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}
		};
		request.setContent("{\"targets\":[\"d1\",\"d2\",\"d3\"]}".getBytes(StandardCharsets.UTF_8));
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {
			@Override
			public void service(ServletRequest req, ServletResponse res) throws IOException {
				req.getInputStream().readAllBytes();
			}
		});

		assertThatExceptionOfType(RequestBodyLimitFilter.BodyTooLargeException.class)
			.isThrownBy(() -> this.filter.doFilter(request, new MockHttpServletResponse(), chain));
	}

}
