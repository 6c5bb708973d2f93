package io.iotda.emulator.controlplane.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.controlplane.EmulatorProperties;
import io.iotda.emulator.web.RequestIds;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the journal's filter records of a call, and that it stays out of the way: with the
 * journal switched off the request and answer pass on untouched, and calls outside the
 * emulated API are not recorded.
 */
class RequestJournalFilterTests {

	private static final Instant EMULATED = Instant.parse("2036-01-01T00:00:00Z");

	@Test
	void recordsTheRequestAndTheAnswerWithCredentialsMasked() throws Exception {
		RequestJournal journal = journal(10, 1024);
		MockHttpServletRequest request = stop();
		request.addHeader("X-Auth-Token", "MIIsecret");
		request.addHeader("Instance-Id", "inst-1");
		request.setAttribute(RequestIds.ATTRIBUTE, "0123456789abcdef0123456789abcdef");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter(journal).doFilter(request, response, new MockFilterChain(new Answering(200, "{\"targets\":[]}")));

		JournalEntry entry = journal.contents().newestFirst().get(0);
		assertThat(entry.method()).isEqualTo("POST");
		assertThat(entry.path()).isEqualTo("/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop");
		assertThat(entry.query()).isEqualTo("x=1");
		assertThat(entry.projectId()).isEqualTo("p1");
		assertThat(entry.instanceId()).isEqualTo("inst-1");
		assertThat(entry.requestId()).isEqualTo("0123456789abcdef0123456789abcdef");
		assertThat(entry.emulatedTime()).isEqualTo(EMULATED);
		assertThat(entry.requestHeader("x-auth-token")).containsExactly("****");
		assertThat(entry.requestBody()).isEqualTo(new JournalEntry.Excerpt("{\"targets\":[\"d1\"]}", false));
		assertThat(entry.status()).isEqualTo(200);
		assertThat(RequestView.of(entry).responseHeaders()).containsEntry("Content-Type", "application/json")
			.containsEntry("X-Answer", "yes");
		assertThat(entry.responseBody()).isEqualTo(new JournalEntry.Excerpt("{\"targets\":[]}", false));
		assertThat(response.getContentAsString()).isEqualTo("{\"targets\":[]}");
	}

	@Test
	void keepsOnlyTheStartOfALongAnswerWrittenAsText() throws Exception {
		RequestJournal journal = journal(10, 8);
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter(journal).doFilter(stop(), response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse answer) throws IOException {
				request.getInputStream().readAllBytes();
				answer.setStatus(400);
				answer.getWriter().write("{\"error_code\":\"IOTDA.000006\"}");
			}
		}));

		JournalEntry entry = journal.contents().newestFirst().get(0);
		assertThat(entry.status()).isEqualTo(400);
		assertThat(entry.responseBody()).isEqualTo(new JournalEntry.Excerpt("{\"error_", true));
		assertThat(entry.requestBody()).isEqualTo(new JournalEntry.Excerpt("{\"target", true));
		assertThat(response.getContentAsString()).isEqualTo("{\"error_code\":\"IOTDA.000006\"}");
	}

	@Test
	void keepsAnAnswerWrittenInPiecesUpToTheLimit() throws Exception {
		RequestJournal journal = journal(10, 700);
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter(journal).doFilter(stop(), response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse answer) throws IOException {
				for (int i = 0; i < 300; i++) {
					answer.getOutputStream().write('a');
				}
				answer.getOutputStream().write("b".repeat(500).getBytes(StandardCharsets.UTF_8));
			}
		}));

		JournalEntry.Excerpt kept = journal.contents().newestFirst().get(0).responseBody();
		assertThat(kept.text()).isEqualTo("a".repeat(300) + "b".repeat(400));
		assertThat(kept.truncated()).isTrue();
		assertThat(response.getContentAsString()).hasSize(800);
	}

	@Test
	void switchedOffItPassesTheRequestAndAnswerOnUntouched() throws Exception {
		RequestJournal journal = journal(0, 1024);
		MockHttpServletRequest request = stop();
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain(new Answering(200, "{}"));

		filter(journal).doFilter(request, response, chain);

		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(chain.getResponse()).isSameAs(response);
		assertThat(journal.contents().newestFirst()).isEmpty();
	}

	@Test
	void leavesTheControlPlaneAndEverythingElseOut() throws Exception {
		RequestJournal journal = journal(10, 1024);
		for (String path : List.of("/_emulator/requests", "/actuator/health", "/v3/auth/tokens", "/")) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			MockFilterChain chain = new MockFilterChain(new Answering(200, "{}"));

			filter(journal).doFilter(request, new MockHttpServletResponse(), chain);

			assertThat(chain.getRequest()).as(path).isSameAs(request);
		}
		assertThat(journal.contents().newestFirst()).isEmpty();
	}

	private static MockHttpServletRequest stop() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST",
				"/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop");
		request.setQueryString("x=1");
		request.setContentType("application/json");
		request.setContent("{\"targets\":[\"d1\"]}".getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static RequestJournal journal(int size, int excerpt) {
		return new RequestJournal(
				new EmulatorProperties("", size, excerpt, 3, Duration.ofSeconds(1), Duration.ofSeconds(5), List.of()));
	}

	private static RequestJournalFilter filter(RequestJournal journal) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("journal", journal);
		beans.registerSingleton("clock", Clock.fixed(EMULATED, ZoneOffset.UTC));
		return new RequestJournalFilter(beans.getBeanProvider(RequestJournal.class),
				beans.getBeanProvider(Clock.class));
	}

	/** Reads the request body and answers JSON with a status and a header of its own. */
	private static final class Answering extends HttpServlet {

		private final int status;

		private final String body;

		Answering(int status, String body) {
			this.status = status;
			this.body = body;
		}

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			request.getInputStream().readAllBytes();
			response.setStatus(this.status);
			response.setContentType("application/json");
			response.setHeader("X-Answer", "yes");
			response.getOutputStream().write(this.body.getBytes(StandardCharsets.UTF_8));
		}

	}

}
