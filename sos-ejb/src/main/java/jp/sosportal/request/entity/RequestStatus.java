package jp.sosportal.request.entity;

import java.util.EnumSet;
import java.util.Set;

import jp.sosportal.platform.Labels;

/**
 * 対応ステータス (manual 4-1) and the moves each status allows. 受付完了 is final: nothing leaves it, which is what
 * makes a request uneditable once accepted.
 */
public enum RequestStatus {
    NOT_SUBMITTED, ERROR, UNDER_REVIEW, ACCEPTED;

    /** The statuses this one may move to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case NOT_SUBMITTED, ERROR -> EnumSet.of(ERROR, UNDER_REVIEW, NOT_SUBMITTED);
            case UNDER_REVIEW -> EnumSet.of(NOT_SUBMITTED, ACCEPTED);
            case ACCEPTED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    public boolean isEditable() {
        return this != ACCEPTED;
    }

    /** 未申請, エラー有り, … */
    public String label() {
        return Labels.of(this);
    }

    /** The explanation the detail page shows under the status (empty for エラー有り: the failures say it). */
    public String text() {
        return Labels.text("RequestStatus." + name() + ".text");
    }
}
