package jp.sosportal.web.survey;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.OutlookBands;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.survey.entity.WeeklyItemAnswer;

/** One item's row of the weekly form as typed: outlook and the three quantities. */
public class WeeklyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String item;
    private final String name;
    private String outlook;
    private Integer stock;
    private Integer weeklyUse;
    private Integer plannedPurchase;

    WeeklyRow(SupplyItem item) {
        this.item = item.getCode();
        this.name = item.displayName();
    }

    void fill(WeeklyItemAnswer answer) {
        outlook = answer.getOutlook().name();
        stock = answer.getStock();
        weeklyUse = answer.getWeeklyUse();
        plannedPurchase = answer.getPlannedPurchase();
    }

    /** Nothing typed: the row is left out of the answer instead of being refused as incomplete. */
    boolean isBlank() {
        return (outlook == null || outlook.isEmpty()) && stock == null && weeklyUse == null && plannedPurchase == null;
    }

    WeeklyItemInput toInput() {
        return new WeeklyItemInput(item, outlook, stock, weeklyUse, plannedPurchase);
    }

    /** Days the typed stock lasts at the typed weekly use; empty until both are there and meaningful. */
    public OptionalInt daysOnHand() {
        return OutlookBands.daysOnHand(stock, weeklyUse);
    }

    /** The days-on-hand when the chosen outlook contradicts them (a warning, never a refusal). */
    public OptionalInt contradiction() {
        return chosenOutlook().map(o -> OutlookBands.contradiction(o, stock, weeklyUse)).orElse(OptionalInt.empty());
    }

    Optional<Outlook> chosenOutlook() {
        return Arrays.stream(Outlook.values()).filter(o -> o.name().equals(outlook)).findFirst();
    }

    public String getItem() {
        return item;
    }

    /** ①サージカルマスク. */
    public String getName() {
        return name;
    }

    public String getOutlook() {
        return outlook;
    }

    public void setOutlook(String outlook) {
        this.outlook = outlook;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public Integer getWeeklyUse() {
        return weeklyUse;
    }

    public void setWeeklyUse(Integer weeklyUse) {
        this.weeklyUse = weeklyUse;
    }

    public Integer getPlannedPurchase() {
        return plannedPurchase;
    }

    public void setPlannedPurchase(Integer plannedPurchase) {
        this.plannedPurchase = plannedPurchase;
    }
}
