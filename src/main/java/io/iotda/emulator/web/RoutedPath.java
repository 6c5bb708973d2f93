package io.iotda.emulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A request's path as Spring MVC routes it: each segment's decoded value without
 * {@code ;} matrix parameters ({@link PathContainer.PathSegment#valueToMatch()}), parsed
 * by {@link ServletRequestPathUtils} exactly as the {@code DispatcherServlet} parses it.
 * Every filter that decides by path (credentials, the control plane's guard, rate limit,
 * journal, request log) asks this, never the raw request URI, so no other spelling of a
 * path reaches a controller past a filter that did not recognise it.
 */
public final class RoutedPath {

	private final PathContainer path;

	private final List<String> segments;

	private RoutedPath(PathContainer path) {
		this.path = path;
		List<String> values = new ArrayList<>();
		for (PathContainer.Element element : (path != null) ? path.elements() : List.<PathContainer.Element>of()) {
			if (element instanceof PathContainer.PathSegment segment) {
				values.add(segment.valueToMatch());
			}
		}
		this.segments = Collections.unmodifiableList(values);
	}

	/**
	 * The path of the request's current dispatch. A path that does not decode (which
	 * Tomcat refuses before this) has no segments, and is ambiguous.
	 */
	public static RoutedPath of(HttpServletRequest request) {
		try {
			return new RoutedPath(ServletRequestPathUtils.parseAndCache(request).pathWithinApplication());
		}
		catch (IllegalArgumentException ex) {
			return new RoutedPath(null);
		}
	}

	/** The segments as the router matches them: decoded, without matrix parameters. */
	public List<String> segments() {
		return this.segments;
	}

	/** Whether the routed path begins with these segments. */
	public boolean startsWith(String... prefix) {
		if (this.segments.size() < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (!this.segments.get(i).equals(prefix[i])) {
				return false;
			}
		}
		return true;
	}

	/** The segment at this index (0 is the first after the context path), if any. */
	public Optional<String> segment(int index) {
		return (index < this.segments.size()) ? Optional.of(this.segments.get(index)) : Optional.empty();
	}

	/**
	 * The path within the application as the client spelled it (still encoded), for logs
	 * and the request journal.
	 */
	public String asSent() {
		return (this.path != null) ? this.path.value() : "(a path that does not decode)";
	}

	/**
	 * Why the client's spelling is ambiguous, if it is: the router would read it as
	 * another, plainer path (matrix parameters, a percent-encoded unreserved character, a
	 * dot segment), or it holds an empty segment ({@code //}). A plain path, and one that
	 * encodes only what must be encoded, is not ambiguous.
	 */
	public Optional<String> ambiguity() {
		if (this.path == null) {
			return Optional.of("The path is not validly percent-encoded.");
		}
		boolean afterSeparator = false;
		for (PathContainer.Element element : this.path.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				afterSeparator = false;
				String raw = segment.value();
				if (raw.indexOf(';') >= 0) {
					return Optional.of("The path is ambiguous: a segment holds ';' (matrix parameters).");
				}
				if (encodesUnreserved(raw)) {
					return Optional
						.of("The path is ambiguous: a segment percent-encodes a character that needs no encoding.");
				}
				if (segment.valueToMatch().equals(".") || segment.valueToMatch().equals("..")) {
					return Optional.of("The path is ambiguous: it holds a '.' or '..' segment.");
				}
			}
			else {
				if (afterSeparator) {
					return Optional.of("The path is ambiguous: it holds an empty segment ('//').");
				}
				afterSeparator = true;
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the raw segment holds {@code %XX} for a letter, digit, '-', '.', '_' or
	 * '~'.
	 */
	private static boolean encodesUnreserved(String raw) {
		for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
			int high = Character.digit(raw.charAt(i + 1), 16);
			int low = Character.digit(raw.charAt(i + 2), 16);
			if (high >= 0 && low >= 0 && isUnreserved((char) (high * 16 + low))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

	@Override
	public String toString() {
		return asSent();
	}

}
