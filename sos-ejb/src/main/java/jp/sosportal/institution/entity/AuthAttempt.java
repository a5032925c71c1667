package jp.sosportal.institution.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * A failed login or a password reset request, by user name as typed (known or not) and client address: what the
 * throttles count. Old rows only stop counting; a success removes the account's failures.
 */
@Entity
@Table(name = "auth_attempt")
public class AuthAttempt extends BaseEntity {

    /** What was tried. */
    public enum Kind { LOGIN_FAILURE, RESET_REQUEST }

    public static final int USERNAME_LENGTH = 64;
    public static final int ADDRESS_LENGTH = 64;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(nullable = false, length = ADDRESS_LENGTH)
    private String address;

    @Column(nullable = false)
    private LocalDateTime at;

    protected AuthAttempt() {
    }

    public AuthAttempt(Kind kind, String username, String address, LocalDateTime at) {
        this.kind = kind;
        this.username = cut(username, USERNAME_LENGTH);
        this.address = cut(address, ADDRESS_LENGTH);
        this.at = at;
    }

    public static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
