package jp.sosportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code Secure} when the portal's public address is https ({@code SOS_BASE_URL}); its
 * {@code HttpOnly} (web.xml) and {@code SameSite=Lax} (glassfish-web.xml) come with the application, so that the
 * EAR and the Micro jar send the same cookie. Behind a trusted proxy that terminates HTTPS, {@code SecurityHeaders}
 * marks it per request.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    Transport transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (transport.alwaysHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
