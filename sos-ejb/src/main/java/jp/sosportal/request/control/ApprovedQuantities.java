package jp.sosportal.request.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

/**
 * The prefecture's 承認数量 as typed: one whole number from 0 to the cap ({@code sos.review.max-approved-quantity})
 * for every requested item, none for anything else. Errors name the field {@code quantities.<ITEM_CODE>}, so a
 * page shows each next to its input and the API returns them as field errors.
 */
public final class ApprovedQuantities {

    public static final String FIELD_PREFIX = "quantities.";

    private ApprovedQuantities() {
    }

    /** The quantities to store, in the order of the request's items, or an exception naming every bad one. */
    public static Map<String, Integer> validate(Map<String, Integer> typed, List<String> requestedItems, int cap) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> approved = new LinkedHashMap<>();
        for (String item : requestedItems) {
            Integer quantity = typed.get(item);
            String error = quantityError(quantity, 0, cap);
            if (error != null) {
                errors.add(new FieldError(FIELD_PREFIX + item, error));
            } else {
                approved.put(item, quantity);
            }
        }
        typed.keySet().stream().filter(item -> !requestedItems.contains(item)).forEach(item ->
                errors.add(new FieldError(FIELD_PREFIX + item, Labels.text("error.notRequestedItem", item))));
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return approved;
    }

    /** The Japanese reason a quantity is refused, or null when it lies in [min, cap]. */
    public static String quantityError(Integer quantity, int min, int cap) {
        if (quantity == null) {
            return Labels.text("error.required");
        }
        if (quantity < min) {
            return Labels.text(min == 0 ? "error.notNegative" : "error.positive");
        }
        if (quantity > cap) {
            return Labels.text("error.quantityTooLarge", cap);
        }
        return null;
    }
}
