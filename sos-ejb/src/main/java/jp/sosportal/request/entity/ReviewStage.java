package jp.sosportal.request.entity;

import jp.sosportal.platform.Labels;

/** 確認段階 of a request under review: the prefecture has still to confirm it, or has, and the nation may accept. */
public enum ReviewStage {
    WAITING, CONFIRMED;

    /** 「都道府県確認待ち」, 「都道府県確認済み」. */
    public String label() {
        return Labels.of(this);
    }

    /** The value of the reviewers' 確認段階 filter: whether the prefecture has confirmed. */
    public boolean isConfirmed() {
        return this == CONFIRMED;
    }
}
