package jp.sosportal.web.sos;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.review.entity.DistributionEvent;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/**
 * A line of the request's timeline: when, who, from which status to which, and why. After 受付完了 the distribution
 * steps (配布予定 → 発送済 → 受領) join the status changes, merged by time (SPEC.md §9).
 */
public class HistoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String actor;
    private final String from;
    private final String to;
    private final String reason;
    private final transient LocalDateTime when;

    private HistoryEntry(HistoryEntry entry, String actor) {
        this.when = entry.when;
        this.at = entry.at;
        this.actor = actor;
        this.from = entry.from;
        this.to = entry.to;
        this.reason = entry.reason;
    }

    /** This entry with the actor shown under another name (a reviewer's 「東京都 確認担当」); null keeps it. */
    public HistoryEntry shownAs(String displayName) {
        return displayName == null ? this : new HistoryEntry(this, displayName);
    }

    HistoryEntry(StatusChange change, Formats formats) {
        this.when = change.getAt();
        this.at = formats.dateTime(change.getAt());
        this.actor = change.getActor();
        this.from = change.getFrom() == null ? null : change.getFrom().label();
        this.to = change.getTo().label();
        this.reason = change.getReason();
    }

    private HistoryEntry(DistributionEvent event, String itemName, Formats formats, Messages messages) {
        Distribution d = event.distribution();
        this.when = event.at();
        this.at = formats.dateTime(event.at());
        this.actor = event.actor();
        this.from = null;
        this.to = event.step().label();
        this.reason = switch (event.step()) {
            case PLANNED -> messages.text("distribution.event.planned", itemName, d.getQuantity(),
                    formats.day(d.getPlannedDate()));
            case SHIPPED -> messages.text("distribution.event.shipped", itemName, d.getQuantity(),
                    formats.day(d.getShippedDate()));
            case RECEIVED -> messages.text("distribution.event.received", itemName, d.getQuantity());
        };
    }

    /** The request's status changes and its distributions' steps, oldest first. */
    public static List<HistoryEntry> timeline(SupplyRequest request, List<Distribution> distributions,
                                              SupplyItemChoices items, Formats formats, Messages messages) {
        List<HistoryEntry> entries = new ArrayList<>();
        request.getHistory().forEach(change -> entries.add(new HistoryEntry(change, formats)));
        distributions.stream().flatMap(d -> d.events().stream()).forEach(event -> entries.add(
                new HistoryEntry(event, items.name(event.distribution().getItemCode()), formats, messages)));
        entries.sort(Comparator.comparing(entry -> entry.when)); // stable: same-moment entries keep their order
        return entries;
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
