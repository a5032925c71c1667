package jp.sosportal.web.sos;

import java.io.Serializable;

import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.web.platform.Formats;

/** A line of the request's timeline: when, who, from which status to which, and why. */
public class HistoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String actor;
    private final String from;
    private final String to;
    private final String reason;

    HistoryEntry(StatusChange change, Formats formats) {
        this.at = formats.dateTime(change.getAt());
        this.actor = change.getActor();
        this.from = change.getFrom() == null ? null : change.getFrom().label();
        this.to = change.getTo().label();
        this.reason = change.getReason();
    }

    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    /** Null for the creation, which starts from no status. */
    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
