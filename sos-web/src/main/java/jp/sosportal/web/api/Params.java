package jp.sosportal.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

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

    /** A query parameter that must be a whole number ≥ 0; absent gives the default. */
    static int count(String field, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw InvalidInputException.invalid(List.of(new FieldError(field, Labels.text("error.notNegative"))));
    }

    /**
     * A JSON {@code true} or {@code false}; null (absent or JSON null) stays null. JSON-B alone would read
     * {@code "maybe"} as false and store it, so anything else is refused by name.
     */
    static Boolean flag(String field, JsonValue value, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(new FieldError(field, Labels.text("error.notBoolean")));
        return null;
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

    /** A JSON value that must be a whole number: a string or 1.5 is named, null stays null (the service says "required"). */
    static Integer whole(String field, JsonValue value, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return whole(field, number.bigDecimalValue(), errors);
        }
        errors.add(new FieldError(field, Labels.text("error.notInteger")));
        return null;
    }
}
