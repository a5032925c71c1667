package jp.sosportal.platform;

import jakarta.ejb.ApplicationException;

/** Unknown, or not the caller's to see: both look the same from outside (404), so nothing leaks. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super(Labels.text("error.notFound"));
    }
}
