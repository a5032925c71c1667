package jp.sosportal.web.admin;

import java.io.Serializable;

import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import jp.sosportal.institution.control.AccountQuery;
import jp.sosportal.institution.entity.Role;

/** The accounts table's filters as typed; the query adds the table's sort. */
public class AccountFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Role role;
    private String institutionCode;
    private String prefectureCode;
    private Boolean enabled;
    private boolean lockedOnly;

    AccountQuery query(SortMeta sort) {
        return new AccountQuery(text, role, institutionCode, prefectureCode, enabled, lockedOnly ? Boolean.TRUE : null,
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public void setInstitutionCode(String institutionCode) {
        this.institutionCode = institutionCode;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLockedOnly() {
        return lockedOnly;
    }

    public void setLockedOnly(boolean lockedOnly) {
        this.lockedOnly = lockedOnly;
    }
}
