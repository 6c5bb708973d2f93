package io.iotda.emulator.web;

import io.iotda.emulator.web.error.EnvelopeErrorReportValve;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What the emulator asks of embedded Tomcat beyond Boot's settings:
 * <ul>
 * <li>the {@link EnvelopeErrorReportValve} in place of Tomcat's HTML error report (and of
 * the one Boot's own customizer adds, which is why this one runs last);</li>
 * <li>a body-read timeout per read ({@code connectionUploadTimeout}, the same as
 * {@code iotda.limits.body-read-timeout}) instead of the connection timeout, so that a
 * client whose body stops arriving frees its worker thread; the total time a body may
 * take is bounded by {@link RequestBodyLimitFilter}.</li>
 * </ul>
 */
@Component
class TomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final RequestLimitsProperties limits;

	TomcatCustomizer(RequestLimitsProperties limits) {
		this.limits = limits;
	}

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
		factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				http.setDisableUploadTimeout(false);
				http.setConnectionUploadTimeout(
						(int) Math.min(Integer.MAX_VALUE, Math.max(1, this.limits.bodyReadTimeout().toMillis())));
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
