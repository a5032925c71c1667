package jp.sosportal.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import jp.sosportal.institution.boundary.PasswordResets;
import jp.sosportal.institution.control.PasswordStrength;
import jp.sosportal.web.platform.FieldPlaces;
import jp.sosportal.web.profile.PasswordForm;

/**
 * 新しいパスワードの設定, opened by the link that {@link PasswordResetRequestPage} mailed: sets a password that
 * follows the rule of SPEC.md §6.2 (ASVS: 12 characters, not a common one), then logs in afresh.
 */
@Named
@ViewScoped
public class NewPasswordPage implements Serializable, FieldPlaces {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    /** {@code ?token=} of the mailed link. */
    @Inject
    @Param(name = "token")
    String token;

    private final PasswordForm form = new PasswordForm();

    public boolean isLinkUsable() {
        return resets.isUsable(token);
    }

    public void reset() throws IOException {
        resets.reset(token, form.getPassword(), form.getConfirmation());
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml?reset=true");
    }

    /** A link that no longer works is told under the new password. */
    @Override
    public Optional<String> clientIdOf(String field) {
        return "token".equals(field) ? Optional.of("resetForm:password") : Optional.empty();
    }

    /** The hint under the new password (issue 13). */
    public PasswordStrength getStrength() {
        return form.strength(List.of());
    }

    public PasswordForm getForm() {
        return form;
    }
}
