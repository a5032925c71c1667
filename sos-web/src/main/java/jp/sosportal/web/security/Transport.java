package jp.sosportal.web.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a request reached the portal over HTTPS, and the portal's own origin. HTTPS when the portal's public
 * address ({@code SOS_BASE_URL}) is https, or when a reverse proxy listed in {@code SOS_TRUSTED_PROXIES} (its
 * addresses, comma-separated) says so in {@code X-Forwarded-Proto}: the header of any other client is ignored, as
 * anyone can send it.
 */
@ApplicationScoped
public class Transport {

    @Inject
    @ConfigProperty(name = "sos.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "sos.trusted-proxies")
    Optional<String> trustedProxies;

    /** The public address is https: every answer may say so (session cookie, HSTS). */
    public boolean alwaysHttps() {
        return baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }

    public boolean isHttps(HttpServletRequest request) {
        return alwaysHttps() || request.isSecure() || fromTrustedProxy(request)
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** {@code Origin} of the portal's public address, e.g. {@code https://sos.example.jp}. */
    public String publicOrigin() {
        URI uri = URI.create(baseUrl);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    /** The origin a page of this request came from if it was the portal's own: scheme and the Host header. */
    public String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return (isHttps(request) ? "https" : "http") + "://" + (host == null ? "" : host.toLowerCase(Locale.ROOT));
    }

    private boolean fromTrustedProxy(HttpServletRequest request) {
        return trustedProxies.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::trim)
                .anyMatch(proxy -> proxy.equals(request.getRemoteAddr()));
    }
}
