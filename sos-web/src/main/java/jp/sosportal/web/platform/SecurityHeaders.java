package jp.sosportal.web.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.web.security.Transport;

/**
 * The response headers of ASVS 14.4 on every answer: no content sniffing, no referrer (the password-reset page
 * carries its token in the URL), {@code Cache-Control: no-store} on what a login shows (pages, API answers, but not
 * the shared static resources), HSTS when the portal is reached over HTTPS. The Content-Security-Policy of pages
 * comes from PrimeFaces (nonce-based, {@code primefaces.CSP} in web.xml); answers that are not pages get a policy
 * that allows nothing to run. Over HTTPS behind a trusted proxy the session cookie is marked {@code Secure} here
 * (the container only knows the plain connection from the proxy).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SESSION_COOKIE = "JSESSIONID=";

    @Inject
    Transport transport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        boolean page = path.endsWith(".xhtml") || path.equals("/") || path.endsWith("/");
        if (!page && !resource) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        if (!resource && (request.getUserPrincipal() != null || path.startsWith("/api/"))) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (transport.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
            if (page && !request.isSecure() && !transport.alwaysHttps()) {
                request.getSession(true); // the cookie a page would set anyway, now, while it can still be marked
                markSessionCookieSecure(response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Adds {@code Secure} to a session cookie the container has set on this answer (login, new session). */
    private static void markSessionCookieSecure(HttpServletResponse response) {
        Collection<String> cookies = response.getHeaders("Set-Cookie");
        if (cookies.stream().noneMatch(SecurityHeaders::insecureSessionCookie)) {
            return;
        }
        List<String> marked = new ArrayList<>();
        for (String cookie : cookies) {
            marked.add(insecureSessionCookie(cookie) ? cookie + "; Secure" : cookie);
        }
        response.setHeader("Set-Cookie", marked.get(0));
        marked.stream().skip(1).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
    }

    private static boolean insecureSessionCookie(String cookie) {
        return cookie.startsWith(SESSION_COOKIE) && !cookie.toLowerCase(Locale.ROOT).contains("; secure");
    }
}
