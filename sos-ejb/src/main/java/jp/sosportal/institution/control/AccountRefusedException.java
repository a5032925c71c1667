package jp.sosportal.institution.control;

import jp.sosportal.platform.Labels;
import jp.sosportal.platform.RefusedException;

/**
 * An account change the rules do not allow (issue 19): an admin changing their own role, the last enabled system
 * admin disabled or given another role, a link to an account without mail. Nothing is written.
 */
public class AccountRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public AccountRefusedException(String labelKey) {
        super(Labels.text(labelKey));
    }
}
