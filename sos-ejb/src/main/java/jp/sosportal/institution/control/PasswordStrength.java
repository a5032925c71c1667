package jp.sosportal.institution.control;

import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * The strength hint shown while a password is typed: zxcvbn's estimate (score 0 to 4) and its feedback in
 * Japanese. Only a hint: the rule is {@link PasswordPolicy}. One shared estimator (zxcvbn4j is thread-safe).
 */
public record PasswordStrength(int score, String warning, List<String> suggestions) {

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** The estimate for {@code password}; {@code userInputs} (user name, mail) count as easy to guess. */
    public static PasswordStrength of(String password, List<String> userInputs) {
        if (password == null || password.isEmpty()) {
            return new PasswordStrength(0, "", List.of());
        }
        Strength strength = ESTIMATOR.measure(password, userInputs);
        Feedback feedback = strength.getFeedback();
        return new PasswordStrength(strength.getScore(), feedback.getWarning(Locale.JAPANESE),
                List.copyOf(feedback.getSuggestions(Locale.JAPANESE)));
    }
}
