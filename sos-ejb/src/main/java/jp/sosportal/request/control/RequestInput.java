package jp.sosportal.request.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A request form as submitted (page or API), before validation. Item codes as API.md names them. */
public record RequestInput(boolean conditionsConfirmed, boolean n95ConditionsConfirmed, List<String> items,
                           String comment) {

    public RequestInput {
        // Not List.copyOf: it throws on a null code, which validation should name instead.
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
