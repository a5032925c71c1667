package jp.sosportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The portal's accounts are the identity store: enabled accounts log in with their PBKDF2-hashed password and
 * their one role becomes their group (groups map to the roles of the same name). The hash parameters match
 * {@link jp.sosportal.institution.control.PasswordHashing}.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/__default",
        callerQuery = "select password_hash from user_account where username = ? and enabled = true",
        groupsQuery = "select role from user_account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=64"})
public class PortalIdentityStore {
}
