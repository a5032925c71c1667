package jp.sosportal.web.review;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.entity.RequestStatus;

/**
 * The pre-filtered views of the reviewers' table that the reviewer's home and the dashboard link to
 * ({@code /review/requests.xhtml?queue=…}), and the count each one shows there.
 */
public enum ReviewQueue {
    /** 確認待ち: under review, not yet confirmed by the prefecture. */
    PREFECTURE("prefecture", RequestStatus.UNDER_REVIEW, false, false, false),
    /** The same, submitted before today's 13:00: the ones to handle today. */
    PREFECTURE_BEFORE_CUTOFF("prefecture-cutoff", RequestStatus.UNDER_REVIEW, false, true, false),
    /** 国確認待ち: confirmed by the prefecture, waiting for the nation's 受付完了. */
    NATIONAL("national", RequestStatus.UNDER_REVIEW, true, false, false),
    /** 「見通しと在庫日数が不一致」 on the evidence, any status. */
    OUTLOOK_MISMATCH("mismatch", null, null, false, true);

    private final String param;
    private final RequestStatus status;
    private final Boolean prefectureConfirmed;
    private final boolean beforeCutoff;
    private final boolean outlookMismatch;

    ReviewQueue(String param, RequestStatus status, Boolean prefectureConfirmed, boolean beforeCutoff,
                boolean outlookMismatch) {
        this.param = param;
        this.status = status;
        this.prefectureConfirmed = prefectureConfirmed;
        this.beforeCutoff = beforeCutoff;
        this.outlookMismatch = outlookMismatch;
    }

    /** The queue a link names; empty for no or an unknown name (the table then keeps its filters). */
    public static Optional<ReviewQueue> of(String param) {
        return Arrays.stream(values()).filter(q -> q.param.equals(param)).findFirst();
    }

    /** The count query; {@code cutoff} is today's 13:00. */
    RequestQuery query(LocalDateTime cutoff) {
        return new RequestQuery(status, null, null, null, null, null, 0, 1, null, null, null, null, null,
                outlookMismatch ? Boolean.TRUE : null, prefectureConfirmed, beforeCutoff ? cutoff : null);
    }

    public String getParam() {
        return param;
    }

    RequestStatus status() {
        return status;
    }

    Boolean prefectureConfirmed() {
        return prefectureConfirmed;
    }

    boolean beforeCutoff() {
        return beforeCutoff;
    }

    boolean outlookMismatch() {
        return outlookMismatch;
    }
}
