package jp.sosportal.review.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * 配布: a quantity of one item the nation sends against an accepted request. Recorded as 配布予定 with its planned
 * date, marked 発送済 with the shipped date (not in the future, not before the day it was recorded), then 受領 by the
 * institution; each move only from the step before, so nothing is skipped or undone.
 */
@Entity
@Table(name = "distribution")
@NamedQuery(name = Distribution.OF_REQUEST, query = "select d from Distribution d where d.request.id = :request"
        + " order by d.recordedAt, d.id")
public class Distribution extends BaseEntity {

    public static final String OF_REQUEST = "Distribution.ofRequest";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private SupplyRequest request;

    @Column(name = "item_code", nullable = false, length = 30)
    private String itemCode;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "shipped_date")
    private LocalDate shippedDate;

    @Column(name = "shipped_at")
    private LocalDateTime shippedAt;

    @Column(name = "shipped_by", length = 64)
    private String shippedBy;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected Distribution() {
    }

    /** 配布予定. The service has validated what was typed; the request must be 受付完了 and ask for the item. */
    public Distribution(SupplyRequest request, String itemCode, int quantity, LocalDate plannedDate,
                        LocalDateTime now, String actor) {
        if (!request.canPlanDistribution()) {
            throw new RequestRefusedException(Labels.text("review.refused.notAccepted"));
        }
        if (!request.getContent().getItemCodes().contains(itemCode) || quantity <= 0 || plannedDate == null) {
            throw new IllegalArgumentException("unchecked distribution input: " + itemCode + " " + quantity);
        }
        this.request = request;
        this.itemCode = itemCode;
        this.quantity = quantity;
        this.plannedDate = plannedDate;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    /** 発送済 on {@code shippedOn}: only a planned distribution, on a day between its recording and today. */
    public void ship(LocalDate shippedOn, LocalDateTime now, String actor) {
        if (!canShip()) {
            throw new RequestRefusedException(Labels.text("review.refused.alreadyShipped"));
        }
        String error = shippedDateError(shippedOn, now.toLocalDate());
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        this.shippedDate = shippedOn;
        this.shippedAt = now;
        this.shippedBy = actor;
    }

    /** Why a shipped date cannot be taken (Japanese), or null when it can; the service asks before shipping. */
    public String shippedDateError(LocalDate shippedOn, LocalDate today) {
        if (shippedOn == null) {
            return Labels.text("error.required");
        }
        if (shippedOn.isAfter(today)) {
            return Labels.text("error.shippedInFuture");
        }
        if (shippedOn.isBefore(recordedAt.toLocalDate())) {
            return Labels.text("error.shippedBeforeRecorded", Labels.day(recordedAt.toLocalDate()));
        }
        return null;
    }

    /** 受領 by the institution's staff (the service checks it is the request's own institution). */
    public void receive(LocalDateTime now, String actor) {
        if (step() == DistributionStep.RECEIVED) {
            throw new RequestRefusedException(Labels.text("review.refused.alreadyReceived"));
        }
        if (step() != DistributionStep.SHIPPED) {
            throw new RequestRefusedException(Labels.text("review.refused.notShipped"));
        }
        this.receivedAt = now;
        this.receivedBy = actor;
    }

    /** Shipped, not yet received: {@link #receive} would not refuse it for its step. */
    public boolean canReceive() {
        return step() == DistributionStep.SHIPPED;
    }

    /** Planned, not yet shipped: {@link #ship} would not refuse it for its step. */
    public boolean canShip() {
        return step() == DistributionStep.PLANNED;
    }

    public DistributionStep step() {
        return receivedAt != null ? DistributionStep.RECEIVED
                : shippedDate != null ? DistributionStep.SHIPPED : DistributionStep.PLANNED;
    }

    /** The steps taken so far, oldest first, for the timelines. */
    public List<DistributionEvent> events() {
        List<DistributionEvent> events = new ArrayList<>();
        events.add(new DistributionEvent(this, DistributionStep.PLANNED, recordedAt, recordedBy));
        if (shippedAt != null) {
            events.add(new DistributionEvent(this, DistributionStep.SHIPPED, shippedAt, shippedBy));
        }
        if (receivedAt != null) {
            events.add(new DistributionEvent(this, DistributionStep.RECEIVED, receivedAt, receivedBy));
        }
        return events;
    }

    public SupplyRequest getRequest() {
        return request;
    }

    public String getItemCode() {
        return itemCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDate getShippedDate() {
        return shippedDate;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
