package jp.sosportal.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.control.ApprovedQuantities;

/**
 * The body of {@code POST …/confirm}: the version the reviewer looked at, a note, and the 承認数量 by item code.
 * Without {@code quantities} the confirmation records none (as a bulk confirmation does); with them, every
 * requested item needs one. Quantities arrive as JSON values so that {@code "many"} or 1.5 is refused by field.
 */
public record ConfirmBody(Long version, String note, JsonObject quantities) {

    /** The quantities as whole numbers, or null when none were sent. */
    Map<String, Integer> typedQuantities() {
        if (quantities == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> typed = new LinkedHashMap<>();
        quantities.forEach((item, value) -> typed.put(item, whole(ApprovedQuantities.FIELD_PREFIX + item, value, errors)));
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return typed;
    }

    private static Integer whole(String field, JsonValue value, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null; // the service says 入力してください。
        }
        if (value instanceof JsonNumber number) {
            return Params.whole(field, new BigDecimal(number.toString()), errors);
        }
        errors.add(new FieldError(field, Labels.text("error.notInteger")));
        return null;
    }
}
