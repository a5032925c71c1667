package jp.sosportal.institution.control;

import java.io.Serializable;
import java.time.LocalDateTime;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;

/** One account as the admin's table shows it: detached, serializable, with its lock when it is throttled. */
public record AccountRow(long id, long version, String username, String contactName, String mail, Role role,
                         String institutionCode, String institutionName, String prefectureCode,
                         String prefectureName, boolean enabled, LocalDateTime lastLoginAt,
                         LocalDateTime lockedUntil) implements Serializable {

    public static AccountRow of(UserAccount account, LocalDateTime lockedUntil) {
        Institution institution = account.getInstitution();
        var prefecture = institution != null ? institution.getPrefecture() : account.getPrefecture();
        return new AccountRow(account.getId(), account.getVersion(), account.getUsername(), account.getContactName(),
                account.getMail(), account.getRole(), institution == null ? null : institution.getCode(),
                institution == null ? null : institution.getName(),
                account.getPrefecture() == null ? null : account.getPrefecture().getCode(),
                prefecture == null ? null : prefecture.getName(), account.isEnabled(), account.getLastLoginAt(),
                lockedUntil);
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }

    /** What the admin edits: the account as it is now. */
    public AccountInput toInput() {
        return new AccountInput(username, contactName, mail, role, institutionCode, prefectureCode);
    }
}
