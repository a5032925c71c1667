package jp.sosportal.eligibility.control;

import jp.sosportal.survey.entity.SupplyItem;

/**
 * An item asked for, as the item master describes it: its code, the name users know (「N95マスク(DS2を含む)」) and
 * whether the N95 condition applies to it.
 */
public record RequestedItem(String code, String name, boolean n95Rule) {

    public static RequestedItem of(SupplyItem item) {
        return new RequestedItem(item.getCode(), item.getName(), item.isN95Rule());
    }
}
