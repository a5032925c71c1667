package jp.sosportal.web.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.DailySurvey;

/**
 * The requesting institution's recent daily answers and requests beside a request under review, so a reviewer sees
 * whether the evidence is a pattern or a one-off without leaving the page. Read once per HTTP request.
 */
@Named
@RequestScoped
public class InstitutionRecent {

    static final int DAYS = 14;
    static final int REQUESTS = 10;

    @Inject
    Surveys surveys;

    @Inject
    SupplyRequests requests;

    @Inject
    Clock clock;

    private final Map<String, List<DailySurvey>> daily = new HashMap<>();
    private final Map<String, List<SupplyRequest>> recentRequests = new HashMap<>();

    /** The daily answers of the last {@value #DAYS} days, newest first. */
    public List<DailySurvey> daily(String institutionCode) {
        return daily.computeIfAbsent(institutionCode, code -> {
            LocalDate today = LocalDate.now(clock);
            return surveys.dailyBetween(code, today.minusDays(DAYS - 1L), today);
        });
    }

    /** The institution's latest {@value #REQUESTS} requests, newest first (the one under review among them). */
    public List<SupplyRequest> requests(String institutionCode) {
        return recentRequests.computeIfAbsent(institutionCode, code -> requests.search(
                new RequestQuery(null, null, code, null, null, null, 0, REQUESTS)).items());
    }
}
