package jp.sosportal.web.api;

import java.util.List;

import jp.sosportal.request.control.RequestInput;

/** The body of POST and PUT /requests; {@code version} only for PUT. */
public record RequestBody(String institutionCode, Boolean conditionsConfirmed, Boolean n95ConditionsConfirmed,
                          List<String> items, String comment, Long version) {

    RequestInput toInput() {
        return new RequestInput(Boolean.TRUE.equals(conditionsConfirmed), Boolean.TRUE.equals(n95ConditionsConfirmed),
                items, comment);
    }
}
