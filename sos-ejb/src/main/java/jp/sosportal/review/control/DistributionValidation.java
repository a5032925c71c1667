package jp.sosportal.review.control;

import java.util.ArrayList;
import java.util.List;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.control.ApprovedQuantities;

/**
 * A new distribution needs one of the request's items, a whole quantity from 1 to the cap and a planned date.
 * Fields are named as the API names them ({@code item}, {@code quantity}, {@code plannedDate}).
 */
public final class DistributionValidation {

    private DistributionValidation() {
    }

    public static void validate(DistributionInput input, List<String> requestedItems, int cap) {
        List<FieldError> errors = new ArrayList<>();
        if (input.itemCode() == null || input.itemCode().isBlank()) {
            errors.add(new FieldError("item", Labels.text("error.required")));
        } else if (!requestedItems.contains(input.itemCode())) {
            errors.add(new FieldError("item", Labels.text("error.notRequestedItem", input.itemCode())));
        }
        String quantityError = ApprovedQuantities.quantityError(input.quantity(), 1, cap);
        if (quantityError != null) {
            errors.add(new FieldError("quantity", quantityError));
        }
        if (input.plannedDate() == null) {
            errors.add(new FieldError("plannedDate", Labels.text("error.required")));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }
}
