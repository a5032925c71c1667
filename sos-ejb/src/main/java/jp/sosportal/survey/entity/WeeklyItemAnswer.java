package jp.sosportal.survey.entity;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;


/**
 * One item's row of a 週次調査 (SPEC.md §4): the self-declared outlook and the quantities behind it, so that
 * days-on-hand can be shown beside the outlook.
 */
@Embeddable
public class WeeklyItemAnswer implements Serializable {

    @Column(name = "item_code", nullable = false, length = 30)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outlook outlook;

    /** 「現在の在庫量」 (pieces). */
    @Column(nullable = false)
    private int stock;

    /** 「1週間の使用量」. */
    @Column(name = "weekly_use", nullable = false)
    private int weeklyUse;

    /** 「購入予定量」. */
    @Column(name = "planned_purchase", nullable = false)
    private int plannedPurchase;

    /** The outlook contradicts the days-on-hand ({@link OutlookBands}); recorded with the answer, never refused. */
    @Column(name = "outlook_mismatch", nullable = false)
    private boolean outlookMismatch;

    protected WeeklyItemAnswer() {
    }

    public WeeklyItemAnswer(String itemCode, Outlook outlook, int stock, int weeklyUse, int plannedPurchase) {
        this.itemCode = itemCode;
        this.outlook = outlook;
        this.stock = stock;
        this.weeklyUse = weeklyUse;
        this.plannedPurchase = plannedPurchase;
        this.outlookMismatch = OutlookBands.contradicts(outlook, stock, weeklyUse);
    }

    /** Stock ÷ weekly use × 7, rounded down; empty without stock or use (no meaningful figure, shown "—"). */
    public OptionalInt daysOnHand() {
        return daysOnHand(stock, weeklyUse);
    }

    /**
     * The same figure for quantities still being typed (the weekly form shows it beside the outlook before
     * anything is saved); empty as well for quantities no answer may hold.
     */
    public static OptionalInt daysOnHand(int stock, int weeklyUse) {
        return OutlookBands.daysOnHand(stock, weeklyUse);
    }

    public String getItemCode() {
        return itemCode;
    }

    public Outlook getOutlook() {
        return outlook;
    }

    public int getStock() {
        return stock;
    }

    public int getWeeklyUse() {
        return weeklyUse;
    }

    public int getPlannedPurchase() {
        return plannedPurchase;
    }

    /** 「見通しと在庫日数が不一致」: the outlook lies outside the band of its own days-on-hand. */
    public boolean isOutlookMismatch() {
        return outlookMismatch;
    }

    /** The revision text of this row: {@code SURGICAL_MASK:WITHIN_1_WEEK/100/200/0}. */
    @Override
    public String toString() {
        return IntStream.range(0, PARTS.size())
                .mapToObj(i -> separator(i) + PARTS.get(i).value().apply(this)).collect(Collectors.joining());
    }

    /**
     * The same text as {@link #toString()}, as an SQL expression over the {@code weekly_survey_item} row
     * {@code alias}: the batch load keeps its revisions with one insert-select instead of reading each row.
     */
    public static String revisionSql(String alias) {
        return IntStream.range(0, PARTS.size())
                .mapToObj(i -> (i == 0 ? "" : "'" + separator(i) + "' || ") + alias + "." + PARTS.get(i).column())
                .collect(Collectors.joining(" || "));
    }

    /** The item, then its answer after a colon, each value after a slash. */
    private static String separator(int part) {
        return part == 0 ? "" : part == 1 ? ":" : "/";
    }

    /** A part of the revision text: its column and its value. */
    private record Part(String column, Function<WeeklyItemAnswer, Object> value) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("item_code", WeeklyItemAnswer::getItemCode),
            new Part("outlook", WeeklyItemAnswer::getOutlook),
            new Part("stock", WeeklyItemAnswer::getStock),
            new Part("weekly_use", WeeklyItemAnswer::getWeeklyUse),
            new Part("planned_purchase", WeeklyItemAnswer::getPlannedPurchase));
}
