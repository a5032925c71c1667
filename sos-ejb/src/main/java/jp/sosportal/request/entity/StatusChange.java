package jp.sosportal.request.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a request's timeline: who did what when, from which status to which, and why. Never changed. */
@Entity
@Table(name = "status_change")
public class StatusChange implements Serializable {

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sos_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private SupplyRequest request;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private RequestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RequestStatus to;

    @Column(length = REASON_LENGTH)
    private String reason;

    protected StatusChange() {
    }

    StatusChange(SupplyRequest request, LocalDateTime at, String actor, RequestStatus from, RequestStatus to,
                 String reason) {
        this.request = request;
        this.at = at;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public RequestStatus getFrom() {
        return from;
    }

    public RequestStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
