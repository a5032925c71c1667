package jp.sosportal.web.platform;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.platform.DatabaseUnavailable;

/**
 * A page request (not ajax: {@link PageExceptionHandler} answers those) that failed because the database
 * was out of reach gets 503 and the page 「一時的に処理できませんでした。もう一度お試しください。」 (web.xml's error page for
 * 503) instead of the 500 page. Mapped in web.xml so that it wraps OmniFaces' exception filter.
 */
public class UnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UnavailableFilter.class.getName());

    @Inject
    transient DatabaseStatus database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "The database was out of reach during " + request.getRequestURI() + ": " + e);
            database.wentAway();
            response.reset();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
