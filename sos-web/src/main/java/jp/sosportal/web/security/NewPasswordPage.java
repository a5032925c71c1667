package jp.sosportal.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import jp.sosportal.institution.boundary.PasswordResets;
import jp.sosportal.web.platform.FieldPlaces;
import jp.sosportal.web.profile.PasswordForm;

/**
 * 新しいパスワードの設定, opened by the link that {@link PasswordResetRequestPage} mailed: sets a password that
 * follows the rule of SPEC.md §6.2 (ASVS: 12 characters, not a common one), then sends the user to log in with it.
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

    public PasswordForm getForm() {
        return form;
    }
}
