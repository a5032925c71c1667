package jp.sosportal.notice.control;

import java.io.Serializable;
import java.time.LocalDate;

/** What the admin typed for when and where an entry is shown; {@code sortOrder} null means "after the others". */
public record PublicationInput(LocalDate from, LocalDate until, Integer sortOrder) implements Serializable {
}
