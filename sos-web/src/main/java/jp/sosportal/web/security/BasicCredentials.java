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
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.boundary.Logins;
import jp.sosportal.institution.control.LoginOutcome;

/**
 * HTTP Basic for the JSON API. A PBKDF2 check with 210,000 iterations costs a few hundred milliseconds, too much
 * for every call of a script, so a successful check is remembered for five minutes as a salted SHA-256 of the
 * password (never the password itself) together with the account's version. Each call reads that version (one
 * indexed query): a changed password or a disabled account is checked again at once, on every instance; any
 * mismatch goes back to {@link Logins}, which throttles guessing (429 with {@code Retry-After} and a Japanese
 * message while locked) and costs the same for unknown users. A cached credential is the exact password verified
 * minutes ago, so it is not a guess: a script keeps working while a stranger's guesses lock its address.
 */
@ApplicationScoped
class BasicCredentials {

    private static final String PREFIX = "Basic ";
    private static final long TTL_NANOS = Duration.ofMinutes(5).toNanos();
    private static final int MAX_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Verified(byte[] salt, byte[] digest, long accountVersion, LoginOutcome result,
                            long expiresAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    Logins logins;

    @Inject
    ClientAddresses addresses;

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
        LoginOutcome result = validate(userAndPassword[0], userAndPassword[1], addresses.of(request));
        if (result.isThrottled()) {
            Api.throttled(response, result.retryAfterSeconds(), result.retryAfterMinutes());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!result.isValid()) {
            Api.unauthorized(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(new CredentialValidationResult(result.username(), result.groups()));
    }

    private LoginOutcome validate(String username, String password, String address) {
        // Read before the check: a change in between leaves an old version here, so the next call re-checks.
        Optional<Long> version = accounts.enabledVersion(username);
        Verified known = verified.get(username);
        if (version.isPresent() && known != null && known.expiresAt() - System.nanoTime() > 0
                && known.accountVersion() == version.get()
                && MessageDigest.isEqual(known.digest(), digest(known.salt(), password))) {
            return known.result();
        }
        // Unknown and disabled users go through the full check too: the answer must take as long as anyone's.
        LoginOutcome result = logins.authenticate(username, password, address);
        if (result.isValid() && version.isPresent()) {
            remember(username, password, version.get(), result);
        } else {
            verified.remove(username);
        }
        return result;
    }

    private void remember(String username, String password, long accountVersion, LoginOutcome result) {
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
