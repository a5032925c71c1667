package jp.sosportal.batch.control;

/**
 * A file that cannot be loaded at all (unreadable, binary, wrong encoding, bad header): the job fails at once
 * with this Japanese message and loads nothing.
 */
public class RejectedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RejectedFileException(String message) {
        super(message);
    }
}
