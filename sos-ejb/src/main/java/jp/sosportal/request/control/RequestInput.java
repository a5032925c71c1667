package jp.sosportal.request.control;

import java.util.List;

/** A request form as submitted (page or API), before validation. Item codes as API.md names them. */
public record RequestInput(boolean conditionsConfirmed, boolean n95ConditionsConfirmed, List<String> items,
                           String comment) {

    public RequestInput {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
