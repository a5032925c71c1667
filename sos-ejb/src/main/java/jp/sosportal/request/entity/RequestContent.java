package jp.sosportal.request.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** What the institution declares and asks for: the two checkboxes, the items and the free comment. */
@Embeddable
public class RequestContent implements Serializable {

    /** 「上記の緊急配布条件を満たしていることを確認した」 (condition ①). */
    @Column(name = "conditions_confirmed", nullable = false)
    private boolean conditionsConfirmed;

    /** The same declaration under 「N95マスクの緊急配布要請(SOS)の条件確認」. */
    @Column(name = "n95_conditions_confirmed", nullable = false)
    private boolean n95ConditionsConfirmed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supply_request_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_code", length = 30)
    private List<String> itemCodes = new ArrayList<>();

    /** 「医療用物資の不足状況や、ご意見があれば記載願います」. */
    @Column(name = "request_comment", length = SupplyRequest.COMMENT_LENGTH)
    private String comment;

    protected RequestContent() {
    }

    public RequestContent(boolean conditionsConfirmed, boolean n95ConditionsConfirmed, List<String> itemCodes,
                          String comment) {
        this.conditionsConfirmed = conditionsConfirmed;
        this.n95ConditionsConfirmed = n95ConditionsConfirmed;
        this.itemCodes.addAll(itemCodes);
        this.comment = comment;
    }

    /**
     * Takes over another content's values in place. Replacing the embedded object itself would make EclipseLink
     * insert the new item rows before deleting the old ones, which the item table's key refuses.
     */
    void replaceWith(RequestContent other) {
        this.conditionsConfirmed = other.conditionsConfirmed;
        this.n95ConditionsConfirmed = other.n95ConditionsConfirmed;
        this.itemCodes.clear();
        this.itemCodes.addAll(other.itemCodes);
        this.comment = other.comment;
    }

    /** Same declarations, items and comment: saving it again would change nothing. */
    public boolean sameAs(RequestContent other) {
        return conditionsConfirmed == other.conditionsConfirmed
                && n95ConditionsConfirmed == other.n95ConditionsConfirmed
                && itemCodes.equals(other.itemCodes)
                && java.util.Objects.equals(comment, other.comment);
    }

    public boolean isConditionsConfirmed() {
        return conditionsConfirmed;
    }

    public boolean isN95ConditionsConfirmed() {
        return n95ConditionsConfirmed;
    }

    public List<String> getItemCodes() {
        return Collections.unmodifiableList(itemCodes);
    }

    public String getComment() {
        return comment;
    }
}
