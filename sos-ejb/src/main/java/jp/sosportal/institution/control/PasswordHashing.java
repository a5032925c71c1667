package jp.sosportal.institution.control;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes passwords the way the identity store verifies them: PBKDF2 with HMAC-SHA512, 210,000 iterations and a
 * 32-byte salt (Jakarta Security's default of 2048 iterations is far too weak). The parameters are stored in
 * each hash, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash hash;

    @Resource
    ManagedExecutorService executor;

    private volatile String dummy;

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
    }

    /**
     * The dummy hash, made in the background as the application starts: the first unknown user does not pay for
     * it (a timing difference), and the first logins after a start do not run 210,000 rounds of HMAC-SHA512 before
     * the JIT has compiled them (bench/rush: the logins of a just-started node were the slowest of the rush).
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object applicationStart) {
        executor.execute(this::dummyHash);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the time of one verification without an account to verify against: an unknown user name must cost
     * what a known one costs, or the answer time tells which names exist (ASVS 2.2.1, user enumeration).
     */
    public void verifyAgainstDummy(String password) {
        hash.verify(password.toCharArray(), dummyHash());
    }

    private String dummyHash() {
        String known = dummy;
        if (known == null) { // computed once; two threads racing both compute one, which is harmless
            known = hash.generate(UUID.randomUUID().toString().toCharArray());
            dummy = known;
        }
        return known;
    }
}
