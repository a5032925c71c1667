package jp.sosportal.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * Values that cannot be accepted (negative numbers, unknown codes, a future date, a comment too long), or a rule
 * of SPEC.md that refuses the input ({@link #isRuleViolation()}, such as the missing condition checkbox). Nothing
 * is written: the transaction rolls back. Pages show each message next to its field; the API answers 400 or 422.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;
    private final boolean ruleViolation;

    private InvalidInputException(List<FieldError> errors, boolean ruleViolation) {
        super(errors.isEmpty() ? "" : errors.get(0).message());
        this.errors = List.copyOf(errors);
        this.ruleViolation = ruleViolation;
    }

    public static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException(errors, false);
    }

    public static InvalidInputException ruleViolated(List<FieldError> errors) {
        return new InvalidInputException(errors, true);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean isRuleViolation() {
        return ruleViolation;
    }
}
