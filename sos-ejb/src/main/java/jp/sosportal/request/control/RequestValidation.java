package jp.sosportal.request.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.sosportal.eligibility.control.RequestedItem;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.entity.RequestContent;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * What a request form must hold before it can be saved (SPEC.md §5, §6.6): at least one known item, each once, a
 * comment of at most 1,000 characters (values, 400), and the declarations the rules require: the first checkbox
 * always, the N95 checkbox when an N95 item is asked for (rules, 422).
 */
public final class RequestValidation {

    private RequestValidation() {
    }

    /** The content to store, or an {@link InvalidInputException} naming every problem. */
    public static RequestContent validate(RequestInput input, Map<String, RequestedItem> knownItems) {
        List<FieldError> invalid = new ArrayList<>();
        checkItems(input.items(), knownItems, invalid);
        if (input.comment() != null && input.comment().length() > SupplyRequest.COMMENT_LENGTH) {
            invalid.add(new FieldError("comment", Labels.text("error.tooLong", SupplyRequest.COMMENT_LENGTH)));
        }
        if (!invalid.isEmpty()) {
            throw InvalidInputException.invalid(invalid);
        }
        List<FieldError> refused = new ArrayList<>();
        if (!input.conditionsConfirmed()) {
            refused.add(new FieldError("conditionsConfirmed", Labels.text("error.conditionsNotConfirmed")));
        }
        boolean asksN95 = input.items().stream().map(knownItems::get).anyMatch(RequestedItem::n95Rule);
        if (asksN95 && !input.n95ConditionsConfirmed()) {
            refused.add(new FieldError("n95ConditionsConfirmed", Labels.text("error.n95NotConfirmed")));
        }
        if (!refused.isEmpty()) {
            throw InvalidInputException.ruleViolated(refused);
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment();
        return new RequestContent(true, asksN95 && input.n95ConditionsConfirmed(), input.items(), comment);
    }

    private static void checkItems(List<String> items, Map<String, RequestedItem> knownItems,
                                   List<FieldError> errors) {
        if (items.isEmpty()) {
            errors.add(new FieldError("items", Labels.text("error.noItems")));
        }
        Set<String> seen = new HashSet<>();
        for (String code : items) {
            if (code == null) {
                errors.add(new FieldError("items", Labels.text("error.required")));
            } else if (!knownItems.containsKey(code)) {
                errors.add(new FieldError("items", Labels.text("error.unknownItem", String.valueOf(code))));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("items", Labels.text("error.duplicateItem", knownItems.get(code).name())));
            }
        }
    }
}
