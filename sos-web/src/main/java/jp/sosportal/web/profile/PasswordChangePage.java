package jp.sosportal.web.profile;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.control.PasswordStrength;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;
import jp.sosportal.web.security.SessionGuard;

/** 「パスワード変更」 (issue 13): the current password, a new one with its strength hint as it is typed. */
@Named
@ViewScoped
public class PasswordChangePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Inject
    SessionGuard sessions;

    @Inject
    Messages messages;

    private final PasswordForm form = new PasswordForm();

    public String change() {
        accounts.changePassword(form.getCurrentPassword(), form.getPassword(), form.getConfirmation());
        sessions.keep(Faces.getRequest()); // the other sessions of the account end, this one goes on
        user.refresh();
        messages.infoOnNextPage("password.changed");
        return "/index?faces-redirect=true";
    }

    /** Someone else set the password (the first system admin): the page says it must be replaced. */
    public boolean isForced() {
        return user.getCaller().mustChangePassword();
    }

    public PasswordStrength getStrength() {
        return form.strength(user.getCaller().personalWords());
    }

    public PasswordForm getForm() {
        return form;
    }
}
