package jp.sosportal.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs a portal account in for the rest of the current in-container test, through the portal's own
 * authentication mechanism and identity store (Jakarta Security's programmatic login), so that the services see
 * a real caller: its name, its role and what it reaches. An Arquillian test runs inside the HTTP request of
 * Arquillian's runner servlet; {@link RunnerResponse} keeps that request's response, which the login needs.
 */
final class Login {

    private Login() {
    }

    static void as(String username, String password) {
        HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
        HttpServletResponse response = (HttpServletResponse) request.getAttribute(RunnerResponse.ATTRIBUTE);
        if (response == null) {
            throw new IllegalStateException("RunnerResponse is not part of the deployment");
        }
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(request, response,
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("login of " + username + " failed: " + status);
        }
    }
}
