package jp.sosportal.web.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonValue;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.request.control.RequestInput;

/**
 * The body of POST and PUT /requests; {@code version} only for PUT. The checkboxes arrive as JSON values so that
 * anything but {@code true}/{@code false} is refused by name instead of being read as "unchecked".
 */
public record RequestBody(String institutionCode, JsonValue conditionsConfirmed, JsonValue n95ConditionsConfirmed,
                          List<String> items, String comment, Long version) {

    RequestInput toInput() {
        List<FieldError> errors = new ArrayList<>();
        Boolean confirmed = Params.flag("conditionsConfirmed", conditionsConfirmed, errors);
        Boolean n95Confirmed = Params.flag("n95ConditionsConfirmed", n95ConditionsConfirmed, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return new RequestInput(Boolean.TRUE.equals(confirmed), Boolean.TRUE.equals(n95Confirmed), items, comment);
    }
}
