package jp.sosportal.web.sos;

import java.io.Serializable;
import java.util.List;

import jp.sosportal.review.control.TimelineEntry;
import jp.sosportal.web.platform.Formats;

/**
 * A line of the request's timeline as the pages show it: when, who, from which status to which (or which
 * distribution step), and why. The timeline itself comes from {@code Timelines}, as the API's does.
 */
public class HistoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String actor;
    private final String from;
    private final String to;
    private final String reason;

    private HistoryEntry(TimelineEntry entry, Formats formats) {
        this.at = formats.dateTime(entry.at());
        this.actor = entry.actor();
        this.from = entry.from() == null || entry.step() != null ? null : entry.from().label();
        this.to = entry.step() != null ? entry.step().label() : entry.to().label();
        this.reason = entry.reason();
    }

    public static List<HistoryEntry> of(List<TimelineEntry> timeline, Formats formats) {
        return timeline.stream().map(entry -> new HistoryEntry(entry, formats)).toList();
    }

    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    /** Null for the creation, which starts from no status, and for a distribution's step. */
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
