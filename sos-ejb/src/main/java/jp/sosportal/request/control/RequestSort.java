package jp.sosportal.request.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One key of a multi-column sort: a key of {@link RequestSearch#SORTABLE} and its direction. */
public record RequestSort(String key, boolean descending) implements Serializable {

    /**
     * Reads {@code "submittedAt,-handlingDate"} (a minus for descending), as the API and the bench pass it;
     * a key outside the whitelist is kept here and refused by {@link RequestSearch}.
     */
    public static List<RequestSort> parse(String text) {
        List<RequestSort> sorts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sorts;
        }
        for (String part : text.split(",")) {
            String key = part.trim();
            if (!key.isEmpty()) {
                boolean descending = key.startsWith("-");
                sorts.add(new RequestSort(descending ? key.substring(1) : key, descending));
            }
        }
        return sorts;
    }
}
