package jp.sosportal.web.admin;

import java.io.Serializable;

import jp.sosportal.institution.control.AccountInput;
import jp.sosportal.institution.control.AccountRow;
import jp.sosportal.institution.entity.Role;

/**
 * The account editor: a new account (no id) or the one being changed, with the version it was read at. Only the
 * scope of the chosen role is sent (an institution for staff, a prefecture for a prefecture reviewer).
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String username;
    private String contactName;
    private String mail;
    private Role accountRole = Role.STAFF;
    private String accountInstitution;
    private String accountPrefecture;

    static AccountForm of(AccountRow row) {
        AccountForm form = new AccountForm();
        form.id = row.id();
        form.version = row.version();
        form.username = row.username();
        form.contactName = row.contactName();
        form.mail = row.mail();
        form.accountRole = row.role();
        form.accountInstitution = row.institutionCode();
        form.accountPrefecture = row.prefectureCode();
        return form;
    }

    AccountInput toInput() {
        return new AccountInput(username, contactName, mail, accountRole,
                accountRole == Role.STAFF ? accountInstitution : null,
                accountRole == Role.PREFECTURE ? accountPrefecture : null);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public boolean isNewAccount() {
        return id == null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public Role getAccountRole() {
        return accountRole;
    }

    public void setAccountRole(Role accountRole) {
        this.accountRole = accountRole;
    }

    public String getAccountInstitution() {
        return accountInstitution;
    }

    public void setAccountInstitution(String accountInstitution) {
        this.accountInstitution = accountInstitution;
    }

    public String getAccountPrefecture() {
        return accountPrefecture;
    }

    public void setAccountPrefecture(String accountPrefecture) {
        this.accountPrefecture = accountPrefecture;
    }
}
