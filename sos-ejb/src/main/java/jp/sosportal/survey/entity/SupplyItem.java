package jp.sosportal.survey.entity;

import java.io.Serializable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * A PPE item of the master (SPEC.md §4): its API code, its number (① … ⑤) and the name users know. Items are data,
 * so adding one is a migration, not a release; {@code n95Rule} marks items only eligible institutions may ask for.
 * Read on every check and changed only by a migration, so cached.
 */
@Entity
@Cacheable
@Table(name = "supply_item")
@NamedQuery(name = SupplyItem.ALL, query = "select i from SupplyItem i order by i.number",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class SupplyItem implements Serializable {

    public static final String ALL = "SupplyItem.all";

    @Id
    @Column(length = 30)
    private String code;

    @Column(name = "item_no", nullable = false, unique = true)
    private int number;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "n95_rule", nullable = false)
    private boolean n95Rule;

    protected SupplyItem() {
    }

    /** 「①サージカルマスク」: the item as every page, export and message names it. */
    public String displayName() {
        return getMark() + name;
    }

    /** ①, ②, … as the manual numbers the items. */
    public String getMark() {
        return String.valueOf((char) ('①' + number - 1));
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public boolean isN95Rule() {
        return n95Rule;
    }
}
