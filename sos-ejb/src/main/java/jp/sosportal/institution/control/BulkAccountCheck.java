package jp.sosportal.institution.control;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk account file would do: how many accounts it holds and, per bad line, a Japanese reason. With any
 * reason, nothing is created.
 */
public record BulkAccountCheck(int accounts, List<String> problems) implements Serializable {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
