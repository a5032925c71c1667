package jp.sosportal.web.platform;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table filtered, sorted and paged in the database, as the admin and reviewer tables are: PrimeFaces asks for a
 * count and for a page, the page bean answers both from its filter through its boundary, in the order the table
 * asks for (several columns at once, each as the boundary's own sort value {@code S}). The last order asked for is
 * kept, so that an export of the same rows keeps it.
 *
 * @param <T> a row
 * @param <S> the boundary's sort of one column
 */
public class QueryRows<T, S> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The boundary's sort of one column. */
    @FunctionalInterface
    public interface Sort<S> extends Serializable {
        S of(String field, boolean descending);
    }

    /** How many rows the filter finds. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size}, in that order. */
    @FunctionalInterface
    public interface Page<T, S> extends Serializable {
        List<T> load(int first, int size, List<S> sorts);
    }

    /** What identifies a row (its id). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Sort<S> sort;
    private final Count count;
    private final Page<T, S> page;
    private final Key<T> key;
    private List<S> sorts = List.of();

    /** The sort of a table without sortable columns ({@code QueryRows<Row, Unsorted>}). */
    public enum Unsorted {
    }

    /** A table without sortable columns: it shows the boundary's own order. */
    public QueryRows(Count count, Page<T, S> page, Key<T> key) {
        this((field, descending) -> null, count, page, key);
    }

    public QueryRows(Sort<S> sort, Count count, Page<T, S> page, Key<T> key) {
        this.sort = sort;
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sorts = sortBy.values().stream().sorted(Comparator.comparingInt(SortMeta::getPriority))
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .map(meta -> sort.of(meta.getField(), meta.getOrder() == SortOrder.DESCENDING))
                .toList();
        return page.load(first, size, sorts);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    /** The order the table last asked for. */
    public List<S> sorts() {
        return sorts;
    }
}
