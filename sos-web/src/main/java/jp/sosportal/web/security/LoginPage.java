package jp.sosportal.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;

import org.omnifaces.util.Faces;

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

    private final LoginForm form = new LoginForm();

    public void login() throws IOException {
        if (form.isIncomplete() || authenticate() != AuthenticationStatus.SUCCESS) {
            messages.errorText(null, Faces.getRequestAttribute(PortalAuthentication.REFUSAL,
                    () -> messages.text("login.failed")));
            form.forgetPassword();
            return;
        }
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/index.xhtml");
    }

    private AuthenticationStatus authenticate() {
        return security.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams().credential(form.toCredential()).newAuthentication(true));
    }

    public LoginForm getForm() {
        return form;
    }
}
