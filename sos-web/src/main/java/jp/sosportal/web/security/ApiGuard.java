package jp.sosportal.web.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.platform.Labels;

/**
 * What the JSON API refuses before any resource sees the request (ASVS 4.2.2, 13.2.3, 12.1.1).
 * <p>
 * <b>No cross-site writes.</b> A write (anything but GET, HEAD, OPTIONS) needs HTTP Basic credentials in the
 * request itself: the session cookie, which a browser adds to a form another site posts, is not enough (403).
 * A browser may also replay cached Basic credentials, so a write that a browser marks as coming from another site
 * ({@code Origin} not the portal's, or {@code Sec-Fetch-Site: cross-site}) is refused as well; scripts send
 * neither header. Reads keep accepting the session (they change nothing, and a page may link to them).
 * <p>
 * <b>Bounded bodies.</b> A JSON body above 64 KB is refused with 413 before it is parsed: by its
 * {@code Content-Length}, or, sent in chunks, after reading at most one byte more than the limit. Survey uploads
 * ({@code /batch/}) have their own, larger limit ({@code SOS_UPLOAD_MAX_MB}), checked here by length and by the
 * upload itself while it stores the file.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int JSON_LIMIT = 64 * 1024;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Transport transport;

    @Inject
    @ConfigProperty(name = "sos.upload.max-mb")
    int uploadMaxMb;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        if (!hasBasicCredentials(request) || isCrossSite(request)) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, Labels.text("error.crossSiteWrite"));
            return;
        }
        boolean upload = request.getRequestURI().startsWith(request.getContextPath() + Api.PATH + "v1/batch/");
        long limit = upload ? uploadMaxMb * 1024L * 1024L : JSON_LIMIT;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, upload);
            return;
        }
        if (upload || request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response); // a stated length is enforced by the container; uploads count too
            return;
        }
        byte[] body = request.getInputStream().readNBytes(JSON_LIMIT + 1);
        if (body.length > JSON_LIMIT) {
            tooLarge(response, false);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private boolean isCrossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        return !normalized.equals(transport.publicOrigin()) && !normalized.equals(transport.requestOrigin(request));
    }

    private void tooLarge(HttpServletResponse response, boolean upload) throws IOException {
        problem(response, 413, upload ? Labels.text("error.uploadTooLarge", String.valueOf(uploadMaxMb))
                : Labels.text("error.bodyTooLarge", String.valueOf(JSON_LIMIT / 1024)));
    }

    /** The API's problem+json (API.md "Errors"), written here as no resource runs. */
    static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        String title = status == 403 ? "Forbidden" : status == 413 ? "Content Too Large" : "Error";
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"errors\":[]}";
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Connection", "close"); // the rest of an unread body is not worth reading
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer(); // now: the container may then wait for the unread body, the caller must not
    }

    /** A request whose body was read ahead (a chunked JSON body within the limit). */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
