package jp.sosportal.batch.job;

import java.util.List;

import jp.sosportal.batch.control.CellError;

/** A row the checks refused: a skip of the chunk step, recorded in the reject report, never a failure. */
public class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final List<CellError> errors;

    public RowRejectedException(long line, List<CellError> errors) {
        super(line + ": " + errors.get(0).reason(), null, false, false); // no stack trace: it is not a bug
        this.line = line;
        this.errors = List.copyOf(errors);
    }

    public long line() {
        return line;
    }

    public List<CellError> errors() {
        return errors;
    }
}
