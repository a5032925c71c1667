package jp.sosportal.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.PasswordResets;
import jp.sosportal.institution.control.PasswordStrength;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.web.platform.Messages;

/**
 * パスワードリセット: asks for the user name and always answers the same; the mailed link opens the second form,
 * which sets a password that follows the rule of SPEC.md §6.2 (ASVS: 12 characters, not a common one).
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResets resets;

    @Inject
    transient Messages messages;

    private String username;
    private String token;
    private String password;
    private String confirmation;
    private boolean sent;

    public void request() {
        long waitMinutes = resets.request(username);
        if (waitMinutes > 0) {
            messages.errorText(null, Labels.text("reset.throttled", waitMinutes));
            return;
        }
        sent = true;
        messages.info(null, "reset.sent");
    }

    public boolean isLinkUsable() {
        return resets.isUsable(token);
    }

    public void reset() throws IOException {
        try {
            resets.reset(token, password, confirmation);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?reset=true");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText("resetForm:" + field(error.field()), error.message()));
        }
    }

    private static String field(String name) {
        return "token".equals(name) ? "password" : name;
    }

    /** The hint under the new password (issue 13). */
    public PasswordStrength getStrength() {
        return PasswordStrength.of(password, List.of());
    }

    public boolean isSent() {
        return sent;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
