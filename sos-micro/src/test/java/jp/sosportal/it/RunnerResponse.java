package jp.sosportal.it;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: keeps the response of Arquillian's runner request where {@link Login} finds it, because
 * Jakarta Security's programmatic login needs the request and the response of the HTTP exchange it runs in.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class RunnerResponse extends HttpFilter {

    static final String ATTRIBUTE = RunnerResponse.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, response);
        chain.doFilter(request, response);
    }
}
