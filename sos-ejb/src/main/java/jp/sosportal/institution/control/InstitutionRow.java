package jp.sosportal.institution.control;

import java.io.Serializable;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;

/**
 * One institution of the master as the admin's pages and the CSV export show it: plain values, so that a
 * view-scoped page may keep it (and a replicated session carry it) without holding an entity.
 */
public record InstitutionRow(long id, long version, String code, String name, InstitutionType type,
                             String prefectureCode, String prefectureName, String phone, String address,
                             Long aggregatorId, String aggregatorCode, String aggregatorName, boolean active)
        implements Serializable {

    public static InstitutionRow of(Institution institution) {
        Institution aggregator = institution.getAggregator();
        return new InstitutionRow(institution.getId(), institution.getVersion(), institution.getCode(),
                institution.getName(), institution.getType(), institution.getPrefecture().getCode(),
                institution.getPrefecture().getName(), institution.getPhone(), institution.getAddress(),
                aggregator == null ? null : aggregator.getId(), aggregator == null ? null : aggregator.getCode(),
                aggregator == null ? null : aggregator.getName(), institution.isActive());
    }

    public boolean isAggregator() {
        return type == InstitutionType.AGGREGATOR;
    }

    /** What the admin edits, as it is now. */
    public InstitutionInput input() {
        return new InstitutionInput(code, name, type, prefectureCode, phone, address);
    }
}
