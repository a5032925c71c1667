package jp.sosportal.review.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.platform.Dates;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.review.control.TimelineEntry;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.review.entity.DistributionEvent;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.ItemNames;

/**
 * The one timeline of a request (SPEC.md §9), for its pages and {@code GET /requests/{id}/history} alike: the
 * status changes and, after 受付完了, the distribution steps (配布予定 → 発送済 → 受領), merged by time. Institution
 * staff see reviewers as 「東京都 確認担当」, not by user name.
 */
@Stateless
public class Timelines {

    @Inject
    SupplyRequests requests;

    @Inject
    Distributions distributions;

    @Inject
    Surveys surveys;

    @Inject
    Accounts accounts;

    /** Oldest first; a request the caller does not reach is not found. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public List<TimelineEntry> of(long requestId) {
        List<TimelineEntry> entries = new ArrayList<>();
        requests.history(requestId).forEach(change -> entries.add(TimelineEntry.of(change)));
        ItemNames items = ItemNames.of(surveys.items());
        distributions.of(requestId).stream().flatMap(d -> d.events().stream())
                .forEach(event -> entries.add(entry(event, items)));
        entries.sort(Comparator.comparing(TimelineEntry::at)); // stable: same-moment entries keep their order
        return accounts.currentCaller().isStaff() ? withReviewerNames(entries) : entries;
    }

    private static TimelineEntry entry(DistributionEvent event, ItemNames items) {
        Distribution d = event.distribution();
        String item = items.name(d.getItemCode());
        String reason = switch (event.step()) {
            case PLANNED -> Labels.text("distribution.event.planned", item, d.getQuantity(),
                    Dates.day(d.getPlannedDate()));
            case SHIPPED -> Labels.text("distribution.event.shipped", item, d.getQuantity(),
                    Dates.day(d.getShippedDate()));
            case RECEIVED -> Labels.text("distribution.event.received", item, d.getQuantity());
        };
        return new TimelineEntry(event.at(), event.actor(), RequestStatus.ACCEPTED, RequestStatus.ACCEPTED,
                event.step(), reason);
    }

    private List<TimelineEntry> withReviewerNames(List<TimelineEntry> entries) {
        Map<String, String> names = accounts.reviewerNames(entries.stream().map(TimelineEntry::actor)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return entries.stream().map(entry -> entry.shownAs(names.get(entry.actor()))).toList();
    }
}
