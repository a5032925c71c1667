package jp.sosportal.web.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.sosportal.request.control.ApprovedQuantities;
import jp.sosportal.review.control.DistributionInput;

/**
 * What a reviewer types on a request: the note and the 承認数量 per item code of a confirmation or a return, the
 * new 配布予定 (item, quantity, planned date) and the 発送日 per planned distribution. What was typed stays when a
 * move is refused.
 */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String note;
    private final HashMap<String, Integer> quantities = new HashMap<>();
    private String item;
    private Integer quantity;
    private LocalDate plannedDate;
    private final HashMap<Long, LocalDate> shippedDates = new HashMap<>();

    /**
     * quantities.SURGICAL_MASK → the input of that item's row; item, quantity, plannedDate → the new distribution's
     * inputs; shippedDate → found beside the button (empty here); anything else of a move → the note.
     */
    static Optional<String> clientIdOf(String field, List<String> itemCodes) {
        if (field.startsWith(ApprovedQuantities.FIELD_PREFIX)) {
            int row = itemCodes.indexOf(field.substring(ApprovedQuantities.FIELD_PREFIX.length()));
            return row < 0 ? Optional.empty() : Optional.of("reviewForm:approved:" + row + ":quantity");
        }
        return switch (field) {
            case "item", "quantity", "plannedDate" ->
                    Optional.of("reviewForm:new" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            case "shippedDate" -> Optional.empty();
            default -> Optional.of("reviewForm:note");
        };
    }

    DistributionInput toInput() {
        return new DistributionInput(item, quantity, plannedDate);
    }

    /** The new distribution was planned: its inputs are emptied. */
    void planned() {
        item = null;
        quantity = null;
        plannedDate = null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** 承認数量 as typed, by item code (bound per row of the confirmation). */
    public Map<String, Integer> getQuantities() {
        return quantities;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    /** 発送日 as typed, by distribution id. */
    public Map<Long, LocalDate> getShippedDates() {
        return shippedDates;
    }
}
