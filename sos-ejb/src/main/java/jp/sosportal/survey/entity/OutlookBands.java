package jp.sosportal.survey.entity;

import java.util.Optional;
import java.util.OptionalInt;


/**
 * The one place that says which 「現在の在庫の備蓄見通し」 a days-on-hand figure (stock ÷ 1週間の使用量 × 7, rounded
 * down) stands for: up to 7 days 「1週間以内」, 8 to 27 days 「2～3週間」, 28 days or more 「4週間以上」. An outlook
 * outside its band contradicts the numbers typed beside it; the survey warns and records it but never refuses
 * (the institution may know about a delivery the numbers do not show). Without a use or a stock (0) there is no
 * meaningful figure, hence no contradiction. Used by the weekly form, the API, the batch load and the reviewers.
 */
public final class OutlookBands {

    /** The last day of 「1週間以内」. */
    public static final int WITHIN_1_WEEK_MAX_DAYS = 7;
    /** The first day of 「4週間以上」. */
    public static final int FOUR_WEEKS_MIN_DAYS = 28;

    private OutlookBands() {
    }

    /** Days-on-hand; empty when stock or weekly use is missing, 0 or negative. */
    public static OptionalInt daysOnHand(Integer stock, Integer weeklyUse) {
        if (stock == null || weeklyUse == null || stock <= 0 || weeklyUse <= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) ((long) stock * 7 / weeklyUse));
    }

    /** The outlook the figure stands for. */
    public static Outlook expected(int daysOnHand) {
        if (daysOnHand <= WITHIN_1_WEEK_MAX_DAYS) {
            return Outlook.WITHIN_1_WEEK;
        }
        return daysOnHand < FOUR_WEEKS_MIN_DAYS ? Outlook.TWO_TO_THREE_WEEKS : Outlook.FOUR_WEEKS_OR_MORE;
    }

    /** The days-on-hand when the chosen outlook contradicts them; empty when it fits or nothing can be said. */
    public static OptionalInt contradiction(Outlook chosen, Integer stock, Integer weeklyUse) {
        OptionalInt days = daysOnHand(stock, weeklyUse);
        if (chosen == null || days.isEmpty() || expected(days.getAsInt()) == chosen) {
            return OptionalInt.empty();
        }
        return days;
    }

    public static boolean contradicts(Outlook chosen, Integer stock, Integer weeklyUse) {
        return contradiction(chosen, stock, weeklyUse).isPresent();
    }

    /** As above for an outlook code as typed (API, CSV); an unknown code contradicts nothing (validation says so). */
    public static boolean contradicts(String outlookCode, Integer stock, Integer weeklyUse) {
        return parse(outlookCode).map(o -> contradicts(o, stock, weeklyUse)).orElse(false);
    }

    private static Optional<Outlook> parse(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(Outlook.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
