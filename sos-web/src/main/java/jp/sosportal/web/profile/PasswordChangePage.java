package jp.sosportal.web.profile;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.control.PasswordStrength;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.web.platform.FormErrors;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;
import jp.sosportal.web.security.SessionGuard;

/** 「パスワード変更」 (issue 13): the current password, a new one with its strength hint as it is typed. */
@Named
@ViewScoped
public class PasswordChangePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM_ID = "passwordForm";
    private static final Set<String> FIELDS = Set.of("currentPassword", "password", "confirmation");

    @Inject
    transient Accounts accounts;

    @Inject
    CurrentUser user;

    @Inject
    transient SessionGuard sessions;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    private String currentPassword;
    private String password;
    private String confirmation;

    public String change() {
        try {
            accounts.changePassword(currentPassword, password, confirmation);
            sessions.keep(Faces.getRequest()); // the other sessions of the account end, this one goes on
            user.refresh();
            messages.info(null, "password.changed");
            Faces.getFlash().setKeepMessages(true);
            return "/index?faces-redirect=true";
        } catch (InvalidInputException refused) {
            formErrors.show(refused, field -> FIELDS.contains(field) ? Optional.of(FORM_ID + ":" + field)
                    : Optional.empty());
            return null;
        }
    }

    /** Someone else set the password (the first system admin): the page says it must be replaced. */
    public boolean isForced() {
        return user.getCaller().mustChangePassword();
    }

    public PasswordStrength getStrength() {
        Caller caller = user.getCaller();
        return PasswordStrength.of(password, Stream.of(caller.username(), caller.contactName())
                .filter(input -> input != null).toList());
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
