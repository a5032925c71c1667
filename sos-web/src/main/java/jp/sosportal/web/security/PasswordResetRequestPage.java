package jp.sosportal.web.security;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.PasswordResets;
import jp.sosportal.platform.Labels;
import jp.sosportal.web.platform.Messages;

/**
 * パスワードリセット: asks for the user name and always answers the same, whether it exists or not; only a client
 * address that asked too often is told to wait. The mailed link opens {@link NewPasswordPage}.
 */
@Named
@ViewScoped
public class PasswordResetRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @Inject
    Messages messages;

    private String username;
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

    public boolean isSent() {
        return sent;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
