package jp.sosportal.it;

import java.util.Locale;

import jp.sosportal.institution.entity.Role;

/**
 * One test's institutions and accounts ({@link Fixtures#world()}), named with the test's own suffix: a Tokyo
 * hospital and clinic, an Osaka hospital, and the accounts {@code staff} (the Tokyo hospital), {@code other-staff}
 * (the clinic), {@code osaka-staff}, {@code prefecture} and {@code prefecture2} (Tokyo), {@code osaka-prefecture},
 * {@code national}, {@code batch-admin} and {@code system-admin}, all with {@link Fixtures#PASSWORD}.
 */
public record World(String suffix, String hospital, String clinic, String osakaHospital) {

    /** The username of one of the world's accounts, e.g. {@code user("staff")}. */
    public String user(String account) {
        return account + "-" + suffix;
    }

    /** The world's account of this role: its first staff, its Tokyo reviewer, its national reviewer, its admins. */
    public String user(Role role) {
        return user(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
