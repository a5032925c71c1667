package jp.sosportal.web.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.ItemNames;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.survey.entity.WeeklyItemAnswer;

/** The item master for pages: names and marks by code, read once (items change only with a migration). */
@Named
@ApplicationScoped
public class Catalog {

    @Inject
    Surveys surveys;

    private Map<String, SupplyItem> items;
    private ItemNames names;

    @PostConstruct
    void load() {
        items = surveys.items().stream().collect(Collectors.toMap(SupplyItem::getCode, Function.identity()));
        names = ItemNames.of(List.copyOf(items.values()));
    }

    /** 「①サージカルマスク」 */
    public String itemName(String code) {
        return names.name(code);
    }

    /** Weekly rows in the order of the manual (① … ⑤), whatever order they were answered in. */
    public List<WeeklyItemAnswer> inItemOrder(List<WeeklyItemAnswer> rows) {
        return rows.stream().sorted(Comparator.comparingInt(row -> number(row.getItemCode()))).toList();
    }

    private int number(String code) {
        SupplyItem item = items.get(code);
        return item == null ? Integer.MAX_VALUE : item.getNumber();
    }

    /** 「①サージカルマスク、⑤非滅菌手袋」 */
    public String itemNames(List<String> codes) {
        return codes.stream().map(this::itemName).collect(Collectors.joining("、"));
    }
}
