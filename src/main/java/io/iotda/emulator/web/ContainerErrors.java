package io.iotda.emulator.web;

import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Some requests are refused by Tomcat before any filter or controller sees them (a path
 * holding {@code %00} or an encoded {@code /}, an undecodable URI): Tomcat's own
 * error-report valve answers those with an HTML page and no request id. This puts the
 * IoTDA envelope and {@code X-Request-Id} there too. Runs after Boot's own Tomcat
 * customizer, whose HTML valve it replaces.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new EnvelopeErrorReportValve());
			if (host instanceof StandardHost standardHost) {
				// so that Tomcat does not add its HTML valve again when the host starts
				standardHost.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Tomcat's error-report valve, answering with the IoTDA envelope. */
	public static class EnvelopeErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				if (RequestIds.of(request) == null) {
					request.setAttribute(RequestIds.ATTRIBUTE, RequestIds.newId());
				}
				response.setHeader(RequestIds.HEADER, RequestIds.of(request));
				ErrorResponses.write(request, response, IotdaErrorController.errorFor(status, throwable), null);
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away, or the response was committed meanwhile: nothing
				// to
				// add
			}
		}

	}

}
