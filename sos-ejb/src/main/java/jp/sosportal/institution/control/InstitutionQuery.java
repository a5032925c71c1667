package jp.sosportal.institution.control;

import java.io.Serializable;
import java.util.List;

import jp.sosportal.institution.entity.InstitutionType;

/**
 * The admin's filters over the master: code (from its start), name (anywhere in it), type, prefecture, the
 * とりまとめ団体 (its code, or a part of its name), active or not (null: both); and the order, by the table's
 * column names ({@code code name type prefecture aggregator active}), the code last so that pages are stable.
 */
public record InstitutionQuery(String code, String name, InstitutionType type, String prefectureCode,
                               String aggregator, Boolean active, List<Sort> sorts) implements Serializable {

    /** One sort key of the table. */
    public record Sort(String column, boolean descending) implements Serializable {
    }

    public static InstitutionQuery all() {
        return new InstitutionQuery(null, null, null, null, null, null, List.of());
    }

    public InstitutionQuery {
        sorts = sorts == null ? List.of() : List.copyOf(sorts);
    }
}
