package jp.sosportal.web.profile;

import java.io.Serializable;

import jp.sosportal.institution.control.Profile;

/** 担当者名 and メールアドレス as typed, and the current password that a new address asks for. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String contactName;
    private String mail;
    private String currentPassword;

    static ProfileForm of(Profile profile) {
        ProfileForm form = new ProfileForm();
        form.contactName = profile.contactName();
        form.mail = profile.mail();
        return form;
    }

    Profile toProfile() {
        return new Profile(contactName, mail);
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
