package jp.sosportal.institution.control;

import java.io.Serializable;
import java.util.List;

/** A page of the accounts table and how many accounts the filters match in all. */
public record AccountPage(List<AccountRow> rows, long total) implements Serializable {
}
