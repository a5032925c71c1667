package jp.sosportal.eligibility.entity;

/** The conditions of SPEC.md §3 as API.md names them in a check result. */
public enum ConditionId {
    /** ① the declaration checkbox. */
    CONFIRMED,
    /** ② the latest daily survey meets one of its five criteria. */
    DAILY,
    /** A daily survey answer exists within the window (診療所, 地域外来・検査センター). */
    DAILY_EXISTS,
    /** ③ the latest weekly survey says every requested item runs short. */
    WEEKLY,
    /** A weekly survey answer exists within the window (とりまとめ団体). */
    WEEKLY_EXISTS,
    /** N95 masks: second checkbox, and a hospital that admits COVID-19 inpatients. */
    N95
}
