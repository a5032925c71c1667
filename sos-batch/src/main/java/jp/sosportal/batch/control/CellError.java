package jp.sosportal.batch.control;

import java.io.Serializable;

/** Why one cell (or, with a null column, the whole row) was refused: a line of the reject report. */
public record CellError(String column, String value, String reason) implements Serializable {
}
