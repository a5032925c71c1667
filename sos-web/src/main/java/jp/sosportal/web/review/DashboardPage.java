package jp.sosportal.web.review;

import static jp.sosportal.web.review.ChartJson.chart;
import static jp.sosportal.web.review.ChartJson.dataset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.platform.Dates;
import jp.sosportal.reporting.boundary.Dashboards;
import jp.sosportal.reporting.control.DashboardFigures.Day;
import jp.sosportal.reporting.control.DashboardFigures.Item;
import jp.sosportal.reporting.control.DashboardFigures.PrefectureStatus;
import jp.sosportal.reporting.control.DashboardFigures;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.security.CurrentUser;

/**
 * The reviewers' dashboard: the database's aggregates turned into Chart.js configurations for PrimeFaces 15's
 * p:chart (which takes the configuration as JSON), plus the same numbers as tables for screen readers.
 */
@Named
@RequestScoped
public class DashboardPage {


    @Inject
    Dashboards dashboards;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    Institutions institutions;

    @Inject
    CurrentUser currentUser;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        figures = dashboards.figures();
    }

    /** Stacked bars: one bar per prefecture, one colour per status. */
    public String getStatusChart() {
        Map<String, String> prefectures = new LinkedHashMap<>();
        figures.byPrefectureAndStatus().forEach(row -> prefectures.put(row.prefectureCode(), row.prefectureName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (RequestStatus status : RequestStatus.values()) {
            Map<String, Long> counts = figures.byPrefectureAndStatus().stream()
                    .filter(row -> row.status().equals(status.name()))
                    .collect(Collectors.toMap(PrefectureStatus::prefectureCode, PrefectureStatus::requests));
            datasets.add(dataset(status.label(), prefectures.keySet().stream()
                    .map(code -> counts.getOrDefault(code, 0L)).toList()));
        }
        return chart("bar", prefectures.values(), datasets, true);
    }

    /** One point per day of the period, zero where nobody submitted. */
    public String getDayChart() {
        Map<LocalDate, Long> counts = figures.perDay().stream().collect(Collectors.toMap(Day::date, Day::requests));
        LocalDate first = LocalDate.now(clock).minusDays(Dashboards.DAYS - 1L);
        List<LocalDate> days = first.datesUntil(first.plusDays(Dashboards.DAYS)).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(dataset(messages.text("dashboard.requests"),
                days.stream().map(day -> counts.getOrDefault(day, 0L)).toList()));
        return chart("line", days.stream().map(Dates.MONTH_DAY::format).toList(), datasets, false);
    }

    public String getItemRequestChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(messages.text("dashboard.requests"), column(Item::requests)));
        return chart("bar", itemNames(), datasets, false);
    }

    public String getItemQuantityChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(messages.text("dashboard.approved"), column(Item::approved)))
                .add(dataset(messages.text("dashboard.distributed"), column(Item::distributed)));
        return chart("bar", itemNames(), datasets, false);
    }

    /** 全国の要請, or 東京都の要請 for a prefecture reviewer. */
    public String getScope() {
        String own = currentUser.getCaller().prefectureCode();
        if (own == null) {
            return messages.text("dashboard.scope.national");
        }
        String name = institutions.prefectures().stream().filter(p -> p.getCode().equals(own))
                .map(Prefecture::getName).findFirst().orElse(own);
        return messages.text("dashboard.scope.prefecture", name);
    }

    public String statusLabel(String status) {
        return RequestStatus.valueOf(status).label();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public int getDays() {
        return Dashboards.DAYS;
    }

    private List<String> itemNames() {
        return figures.items().stream().map(Item::name).toList();
    }

    private List<Long> column(Function<Item, Long> value) {
        return figures.items().stream().map(value).toList();
    }
}
