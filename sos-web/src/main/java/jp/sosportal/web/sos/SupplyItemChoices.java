package jp.sosportal.web.sos;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.ItemNames;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.web.platform.Messages;

/** The PPE items of the master as the request form and pages name them: 「①サージカルマスクを要請する」, ①サージカルマスク. */
@Named
@RequestScoped
public class SupplyItemChoices {

    @Inject
    Surveys surveys;

    @Inject
    Messages messages;

    private List<SupplyItem> items;

    /** The item checkboxes of the form, in the master's order. */
    public List<SelectItem> getRequestable() {
        return items().stream()
                .map(item -> new SelectItem(item.getCode(), messages.text("sos.items.item", item.displayName())))
                .toList();
    }

    /** ①サージカルマスク; the code itself for an item the master no longer has. */
    public String name(String code) {
        return ItemNames.of(items()).name(code);
    }

    /** The names of the given items, in the given order. */
    public List<String> names(List<String> codes) {
        return ItemNames.of(items()).names(codes);
    }

    private List<SupplyItem> items() {
        if (items == null) {
            items = surveys.items();
        }
        return items;
    }
}
