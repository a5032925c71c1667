package jp.sosportal.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
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
        quantities.forEach((item, value) ->
                typed.put(item, Params.whole(ApprovedQuantities.FIELD_PREFIX + item, value, errors)));
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return typed;
    }
}
