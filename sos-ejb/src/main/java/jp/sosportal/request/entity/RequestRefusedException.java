package jp.sosportal.request.entity;

import jp.sosportal.platform.RefusedException;

/**
 * A move the request's status does not allow (editing 受付完了, accepting before the prefecture confirmed). The
 * message is Japanese and shown as is; the transaction rolls back so nothing is half-saved.
 */
public class RequestRefusedException extends RefusedException {

    public RequestRefusedException(String japaneseReason) {
        super(japaneseReason);
    }
}
