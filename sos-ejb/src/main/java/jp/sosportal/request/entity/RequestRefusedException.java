package jp.sosportal.request.entity;

import jakarta.ejb.ApplicationException;

/**
 * A move the request's status does not allow (editing 受付完了, accepting before the prefecture confirmed). The
 * message is Japanese and shown as is; the transaction rolls back so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RequestRefusedException extends RuntimeException {

    public RequestRefusedException(String japaneseReason) {
        super(japaneseReason);
    }
}
