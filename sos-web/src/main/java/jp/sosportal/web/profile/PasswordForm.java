package jp.sosportal.web.profile;

import java.io.Serializable;
import java.util.List;

import jp.sosportal.institution.control.PasswordStrength;

/**
 * A new password typed twice, and the current one where the page asks for it: the password change and the reset
 * by link. The strength hint is worked out as it is typed (issue 13).
 */
public class PasswordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String currentPassword;
    private String password;
    private String confirmation;

    /** {@code personal}: the user's name and the like, which a strong password does not contain. */
    public PasswordStrength strength(List<String> personal) {
        return PasswordStrength.of(password, personal);
    }

    /** Where nothing personal is known (the reset by link: no one is logged in). */
    public PasswordStrength getStrength() {
        return strength(List.of());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
