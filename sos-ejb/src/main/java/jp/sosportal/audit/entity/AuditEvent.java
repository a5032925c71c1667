package jp.sosportal.audit.entity;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;
import jp.sosportal.platform.Dates;

/** One line of the audit trail. Written once, never changed; texts are cut to their columns, never refused. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity {

    public static final int ACTOR_LENGTH = 64;
    public static final int SUBJECT_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 64;
    public static final int DETAIL_LENGTH = 1000;

    @Column(nullable = false)
    private LocalDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditKind kind;

    @Column(length = ACTOR_LENGTH)
    private String actor;

    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(LocalDateTime at, AuditKind kind, String actor, String subject, String address, String detail) {
        this.at = at;
        this.kind = kind;
        this.actor = cut(actor, ACTOR_LENGTH);
        this.subject = cut(subject, SUBJECT_LENGTH);
        this.address = cut(address, ADDRESS_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    /**
     * The event as the audit log shows it and its export writes it, column by column: 日時, 種別, 操作者, 対象,
     * 接続元アドレス, 詳細 (a text never recorded is null).
     */
    public List<String> shown() {
        return Arrays.asList(Dates.dateTime(at), kind.label(), actor, subject, address, detail);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public LocalDateTime getAt() {
        return at;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
