package jp.sosportal.institution.control;

import java.io.Serializable;

/** What a master import does (or, in a dry run, would do): institutions added, changed and left as they were. */
public record MasterCounts(long created, long changed, long unchanged) implements Serializable {

    public long rows() {
        return created + changed + unchanged;
    }
}
