package jp.sosportal.web.admin;

import java.io.Serializable;
import java.time.LocalDate;

import jp.sosportal.audit.control.AuditQuery;
import jp.sosportal.audit.entity.AuditKind;

/** The audit log's filters as typed: a user (actor or subject), a kind, a day range. */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String user;
    private AuditKind kind;
    private LocalDate from;
    private LocalDate to;

    AuditQuery query() {
        return new AuditQuery(user, kind, from, to);
    }

    /** 「条件をクリア」: every filter off again. */
    public void clear() {
        user = null;
        kind = null;
        from = null;
        to = null;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
