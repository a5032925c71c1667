package jp.sosportal.institution.entity;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * A login. Staff belong to an institution, prefecture reviewers to a prefecture; the others to neither. The
 * password is stored only as a PBKDF2 hash (Jakarta Security's format); the identity store reads this table.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u left join fetch u.institution i"
        + " left join fetch i.prefecture left join fetch u.prefecture where u.username = :username")
@NamedQuery(name = UserAccount.STAFF_OF, query = "select u from UserAccount u where u.institution = :institution"
        + " and u.role = jp.sosportal.institution.entity.Role.STAFF and u.enabled = true order by u.username")
@NamedQuery(name = UserAccount.REVIEWERS, query = "select u from UserAccount u left join fetch u.prefecture"
        + " where u.role in (jp.sosportal.institution.entity.Role.PREFECTURE, jp.sosportal.institution.entity.Role"
        + ".NATIONAL) and u.enabled = true order by u.username")
public class UserAccount extends BaseEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String STAFF_OF = "UserAccount.staffOf";
    public static final String REVIEWERS = "UserAccount.reviewers";
    public static final int USERNAME_LENGTH = 64;
    public static final int CONTACT_NAME_LENGTH = 100;
    public static final int MAIL_LENGTH = 254;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prefecture_code")
    private Prefecture prefecture;

    /** 担当者名. */
    @Column(name = "contact_name", length = CONTACT_NAME_LENGTH)
    private String contactName;

    @Column(length = MAIL_LENGTH)
    private String mail;

    @Column(nullable = false)
    private boolean enabled = true;

    /** False until the user has confirmed 担当者名 and メールアドレス at first login. */
    @Column(name = "profile_confirmed", nullable = false)
    private boolean profileConfirmed;

    /** The kinds of mail this user turned off, comma-separated ({@code RequestEvent.Kind} names, DIGEST). */
    @Column(name = "mail_opt_out", nullable = false, length = 200)
    private String mailOptOut = "";
    /**
     * Sessions opened at another epoch are over: every request compares the epoch its session was opened at with
     * this column, so a reset, a change of password or a disabling ends the account's sessions on every node.
     */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** The account can log in again (its old sessions stay ended). */
    public void enable() {
        enabled = true;
    }

    /**
     * A new role and what it is tied to (the admin's pages checked the combination; the database's check holds it
     * too). Sessions opened under the old role end: a session keeps the roles it was opened with.
     */
    public void changeScope(Role newRole, Institution newInstitution, Prefecture newPrefecture) {
        this.role = newRole;
        this.institution = newInstitution;
        this.prefecture = newPrefecture;
        endSessions();
    }

    /** 担当者名 and メールアドレス as the system admin corrected them. */
    public void changeContact(String newContactName, String newMail) {
        this.contactName = newContactName;
        this.mail = newMail;
    }

    /** The password was given by someone else (the first system admin's from the environment): set your own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Still the published demo password (README): set by the demo data, cleared by any change of password. */
    @Column(name = "demo_password", nullable = false)
    private boolean demoPassword;

    /** Set by {@code Logins} with a bulk update, which leaves the version alone. */
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, Institution institution,
                       Prefecture prefecture, String contactName, String mail) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.institution = institution;
        this.prefecture = prefecture;
        this.contactName = contactName;
        this.mail = mail;
    }

    public void confirmProfile(String contactName, String mail) {
        this.contactName = contactName;
        this.mail = mail;
        this.profileConfirmed = true;
    }

    /**
     * A new password the user chose: no longer a demo password, nothing more to change first, and every session
     * opened with the old one ends (ASVS 3.3.1).
     */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        this.demoPassword = false;
        endSessions();
    }

    /** Ends every session of this account, on every node, at their next request. */
    public void endSessions() {
        sessionEpoch++;
    }

    /** The account can no longer log in, and its open sessions end. */
    public void disable() {
        enabled = false;
        endSessions();
    }

    /** The password was set by someone else: the user must replace it at the next login. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The account has the password the README publishes. */
    public void markDemoPassword() {
        this.demoPassword = true;
    }

    /** The new address has been confirmed through the link mailed to it. */
    public void changeMail(String mail) {
        this.mail = mail;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDemoPassword() {
        return demoPassword;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public String getContactName() {
        return contactName;
    }

    public String getMail() {
        return mail;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isProfileConfirmed() {
        return profileConfirmed;
    }

    public boolean hasMail() {
        return mail != null && !mail.isBlank();
    }

    /** A registered address, and this kind of mail not turned off on the profile page. */
    public boolean hasMailFor(String kind) {
        return hasMail() && !getMailOptOut().contains(kind);
    }

    public Set<String> getMailOptOut() {
        return mailOptOut.isBlank() ? Set.of() : Set.of(mailOptOut.split(","));
    }

    public void setMailOptOut(Set<String> kinds) {
        this.mailOptOut = String.join(",", new TreeSet<>(kinds));
    }
}
