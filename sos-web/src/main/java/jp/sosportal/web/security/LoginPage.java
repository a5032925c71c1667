package jp.sosportal.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Utils;

import jp.sosportal.web.platform.Messages;

/**
 * 「ログイン」. Wrong password, unknown user and empty fields all get the same message, so the page never tells
 * which part was wrong. After repeated failures the page says how many minutes to wait (the throttle's
 * message), whatever the password typed then: {@link PortalAuthentication} says why when it may be told.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        if (Utils.isBlank(username) || Utils.isBlank(password) || authenticate() != AuthenticationStatus.SUCCESS) {
            messages.errorText(null, Faces.getRequestAttribute(PortalAuthentication.REFUSAL,
                    () -> messages.text("login.failed")));
            password = null;
            return;
        }
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/index.xhtml");
    }

    private AuthenticationStatus authenticate() {
        return security.authenticate(Faces.getRequest(), Faces.getResponse(), AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.trim(), password)).newAuthentication(true));
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
