package jp.sosportal.web.sos;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.review.boundary.Timelines;
import jp.sosportal.web.platform.Formats;

/**
 * A request's timeline for {@code sos:timeline}, the same on the institution's and the reviewers' page (and as the
 * API's history): reviewers shown as 「東京都 確認担当」 rather than by user name.
 */
@Named
@ApplicationScoped
public class RequestHistory {

    @Inject
    Timelines timelines;

    @Inject
    Formats formats;

    public List<HistoryEntry> of(long requestId) {
        return HistoryEntry.of(timelines.of(requestId), formats);
    }
}
