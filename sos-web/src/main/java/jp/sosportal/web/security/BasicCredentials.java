package jp.sosportal.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.institution.boundary.Accounts;

/**
 * HTTP Basic for the JSON API. A PBKDF2 check with 210,000 iterations costs a few hundred milliseconds, too much
 * for every call of a script, so a successful check is remembered for five minutes as a salted SHA-256 of the
 * password (never the password itself) together with the account's version. Each call reads that version (one
 * indexed query): a changed password or a disabled account is checked again at once, on every instance; any
 * mismatch goes back to the identity store.
 */
@ApplicationScoped
class BasicCredentials {

    private static final String PREFIX = "Basic ";
    private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();
    private static final int MAX_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Verified(byte[] salt, byte[] digest, long accountVersion, CredentialValidationResult result,
                            long expiresAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Accounts accounts;

    boolean isPresent(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                      HttpMessageContext context) {
        String[] userAndPassword = decode(request.getHeader("Authorization"));
        if (userAndPassword == null) {
            Api.unauthorized(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(userAndPassword[0], userAndPassword[1]);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            Api.unauthorized(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult validate(String username, String password) {
        // Read before the identity store: a change in between leaves an old version here, so the next call re-checks.
        Optional<Long> version = accounts.enabledVersion(username);
        if (version.isEmpty()) {
            verified.remove(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Verified known = verified.get(username);
        if (known != null && known.expiresAt() - System.nanoTime() > 0 && known.accountVersion() == version.get()
                && MessageDigest.isEqual(known.digest(), digest(known.salt(), password))) {
            return known.result();
        }
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            remember(username, password, version.get(), result);
        } else {
            verified.remove(username);
        }
        return result;
    }

    private void remember(String username, String password, long accountVersion, CredentialValidationResult result) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        verified.put(username, new Verified(salt, digest(salt, password), accountVersion, result,
                System.nanoTime() + TTL_NANOS));
    }

    private static String[] decode(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
