package jp.sosportal.institution.control;

import java.util.ArrayList;
import java.util.List;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;

/** SPEC.md §6.2: upper-case and lower-case letters and digits, 8 characters or more; typed twice the same. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static List<FieldError> check(String password, String confirmation) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)) {
            errors.add(new FieldError("password", Labels.text("password.policy")));
        } else if (!password.equals(confirmation)) {
            errors.add(new FieldError("confirmation", Labels.text("password.mismatch")));
        }
        return errors;
    }
}
