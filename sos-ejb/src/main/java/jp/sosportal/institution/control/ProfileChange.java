package jp.sosportal.institution.control;

import java.io.Serializable;

import jp.sosportal.institution.entity.Caller;

/** The caller after saving the profile, and the new mail address waiting for its confirmation (null when none). */
public record ProfileChange(Caller caller, String pendingMail) implements Serializable {

    public boolean isMailPending() {
        return pendingMail != null;
    }
}
