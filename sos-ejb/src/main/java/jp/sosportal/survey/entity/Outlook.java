package jp.sosportal.survey.entity;

import jp.sosportal.platform.Labels;

/** 「現在の在庫の備蓄見通し」: how long the current stock is expected to last. */
public enum Outlook {
    WITHIN_1_WEEK, TWO_TO_THREE_WEEKS, FOUR_WEEKS_OR_MORE;

    /** Condition ③ is met only while stock runs out within three weeks. */
    public boolean isShort() {
        return this != FOUR_WEEKS_OR_MORE;
    }

    /** 「1週間以内」, 「2～3週間」, 「4週間以上」. */
    public String label() {
        return Labels.of(this);
    }
}
