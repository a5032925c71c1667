package jp.sosportal.web.review;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.calendar.boundary.Deadlines;
import jp.sosportal.request.boundary.SupplyRequests;

/**
 * The reviewer's queue on the home page and the dashboard: how many requests wait for the prefecture (and how
 * many of them came in before today's 13:00), how many for the nation, how many have a mismatched outlook. The
 * request service narrows a prefecture reviewer to their prefecture, as in the table the links open.
 */
@Named
@RequestScoped
public class ReviewerHome {

    @Inject
    SupplyRequests requests;

    @Inject
    Deadlines deadlines;

    private final Map<ReviewQueue, Long> counts = new EnumMap<>(ReviewQueue.class);

    /** Counted once per page view, on first use. */
    public long count(String queue) {
        ReviewQueue q = ReviewQueue.of(queue).orElseThrow(() -> new IllegalArgumentException(queue));
        return counts.computeIfAbsent(q, each -> requests.count(each.query(deadlines.cutOffToday())));
    }
}
