package jp.sosportal.web.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Internet Explorer is not supported (manual 5-1): it gets a page that says so instead of a broken portal. */
@WebFilter(urlPatterns = "*.xhtml")
public class UnsupportedBrowserFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/WEB-INF/unsupported-browser.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isInternetExplorer(request.getHeader("User-Agent"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isInternetExplorer(String userAgent) {
        return userAgent != null && (userAgent.contains("MSIE ") || userAgent.contains("Trident/"));
    }
}
