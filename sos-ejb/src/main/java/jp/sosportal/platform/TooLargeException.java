package jp.sosportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * Something sent is above its size limit (an uploaded file above {@code SOS_UPLOAD_MAX_MB}); the message says the
 * limit in Japanese. The API answers 413, a page shows the message; nothing of it is kept.
 */
@ApplicationException(rollback = true)
public class TooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String japaneseReason) {
        super(japaneseReason);
    }
}
