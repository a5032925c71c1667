package jp.sosportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal with a Japanese message to show as is: the thing is not there for the caller, the caller's copy is
 * stale, or the move is not allowed now. The transaction rolls back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public abstract class RefusedException extends RuntimeException {

    protected RefusedException(String japaneseReason) {
        super(japaneseReason);
    }
}
