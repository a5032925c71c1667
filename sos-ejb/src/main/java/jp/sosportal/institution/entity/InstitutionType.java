package jp.sosportal.institution.entity;

import jp.sosportal.platform.Labels;

/** The four kinds of institution of SPEC.md §3; the kind decides which survey conditions apply. */
public enum InstitutionType {
    HOSPITAL, CLINIC, TEST_CENTER, AGGREGATOR;

    /** 病院, 診療所, … as the manual writes them. */
    public String label() {
        return Labels.of(this);
    }
}
