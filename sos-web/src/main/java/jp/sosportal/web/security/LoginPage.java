package jp.sosportal.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.platform.Labels;
import jp.sosportal.web.platform.Messages;

/**
 * 「ログイン」. Wrong password, unknown user and empty fields all get the same message, so the page never tells
 * which part was wrong. After repeated failures the page says how many minutes to wait (the throttle's
 * message), whatever the password typed then.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String username;
    private String password;

    public String login() throws IOException {
        if (isBlank(username) || isBlank(password) || authenticate() != AuthenticationStatus.SUCCESS) {
            var attributes = faces.getExternalContext().getRequestMap();
            Object retryMinutes = attributes.get(PortalAuthentication.RETRY_MINUTES);
            if (attributes.containsKey(PortalAuthentication.DATABASE_UNAVAILABLE)) {
                messages.error(null, "login.unavailable");
            } else if (retryMinutes != null) {
                messages.errorText(null, Labels.text("login.throttled", retryMinutes));
            } else {
                messages.error(null, "login.failed");
            }
            password = null;
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
        return null;
    }

    private AuthenticationStatus authenticate() {
        ExternalContext external = faces.getExternalContext();
        return security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), password))
                        .newAuthentication(true));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
