package jp.sosportal.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

/** Turns what a caller typed into typed values, naming the field when it cannot. */
final class Params {

    private Params() {
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(List.of(new FieldError(field, Labels.text("error.badDate"))));
        }
    }

    /** A JSON number that must be a whole number; null stays null (the service says "required"). */
    static Integer whole(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new FieldError(field, Labels.text("error.notInteger")));
            return null;
        }
    }
}
