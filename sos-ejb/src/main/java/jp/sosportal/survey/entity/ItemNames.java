package jp.sosportal.survey.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The items' {@link SupplyItem#displayName() display names} by code, for naming the items a request or a
 * distribution refers to; a code the master no longer has is shown as itself.
 */
public record ItemNames(Map<String, String> byCode) {

    public ItemNames {
        byCode = Map.copyOf(byCode);
    }

    public static ItemNames of(List<SupplyItem> items) {
        return new ItemNames(items.stream().collect(Collectors.toMap(SupplyItem::getCode, SupplyItem::displayName)));
    }

    /** 「①サージカルマスク」 */
    public String name(String code) {
        return byCode.getOrDefault(code, code);
    }

    /** The names of the given items, in the given order. */
    public List<String> names(List<String> codes) {
        return codes.stream().map(this::name).toList();
    }
}
