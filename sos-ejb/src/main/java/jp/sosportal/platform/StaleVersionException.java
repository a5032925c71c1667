package jp.sosportal.platform;

import jakarta.ejb.ApplicationException;

/** Someone saved first: the caller's copy is older than the stored one. Nothing is overwritten (409). */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super(Labels.text("error.staleVersion"));
    }
}
