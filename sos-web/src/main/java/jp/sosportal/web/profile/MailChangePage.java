package jp.sosportal.web.profile;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.MailChanges;
import jp.sosportal.web.platform.Messages;

/**
 * The link mailed to a new address: it shows the address and changes it only on 「変更を確定」, so a mail scanner
 * that opens links does not spend it.
 */
@Named
@ViewScoped
public class MailChangePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailChanges mailChanges;

    @Inject
    Messages messages;

    private String token;
    private String pendingMail;
    private String confirmedMail;

    /** On opening the link: the address it would set, if the link still works. */
    public void load() {
        pendingMail = mailChanges.pendingMail(token).orElse(null);
    }

    public void confirm() {
        pendingMail = null; // used or refused, the link is done with
        confirmedMail = mailChanges.confirm(token);
        messages.info(null, "mailChange.done", confirmedMail);
    }

    /** The address the link would set; null when the link does not work (or has just been used). */
    public String getPendingMail() {
        return pendingMail;
    }

    public boolean isDone() {
        return confirmedMail != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
