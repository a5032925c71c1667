package jp.sosportal.institution.entity;

import jp.sosportal.platform.Labels;

/** What an account may do (SPEC.md §2). The names are the security roles of the web module. */
public enum Role {
    STAFF, PREFECTURE, NATIONAL, BATCH_ADMIN, SYSTEM_ADMIN;

    public String label() {
        return Labels.of(this);
    }
}
