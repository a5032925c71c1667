package jp.sosportal.web.profile;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.control.Profile;
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

    private String contactName;
    private String mail;
    private String currentPassword;
    private boolean firstLogin;

    @PostConstruct
    void load() {
        Profile profile = accounts.currentProfile();
        contactName = profile.contactName();
        mail = profile.mail();
        firstLogin = user.getCaller().isStaff() && !user.getCaller().profileConfirmed();
    }

    public String save() {
        ProfileChange change = accounts.confirmProfile(new Profile(contactName, mail), currentPassword);
        user.refresh();
        if (change.isMailPending()) {
            messages.infoOnNextPage("profile.mailPending", change.pendingMail());
        } else {
            messages.infoOnNextPage("profile.saved");
        }
        return "/index?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public boolean isFirstLogin() {
        return firstLogin;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getMail() {
        return mail;
    }

    public void setMail(String mail) {
        this.mail = mail;
    }
}
