package jp.sosportal.web.profile;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.control.ProfileChange;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;

/**
 * 「ユーザ基礎情報登録」: 担当者名 and メールアドレス, confirmed at the first login and correctable afterwards; a new
 * address asks the current password and waits for the link mailed to it (issue 13).
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    private ProfileForm form;

    @PostConstruct
    void load() {
        form = ProfileForm.of(accounts.currentProfile());
    }

    public String save() {
        ProfileChange change = accounts.confirmProfile(form.toProfile(), form.getCurrentPassword());
        user.refresh();
        if (change.isMailPending()) {
            messages.infoOnNextPage("profile.mailPending", change.pendingMail());
        } else {
            messages.infoOnNextPage("profile.saved");
        }
        return "/index?faces-redirect=true";
    }

    public boolean isFirstLogin() {
        return user.getCaller().mustConfirmProfile();
    }

    public ProfileForm getForm() {
        return form;
    }
}
