package jp.sosportal.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.platform.Clocks;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.control.TimelineEntry;

/** A request as API.md shows it. */
public record RequestJson(long id, long version, String title, String institutionCode, String institutionName,
                          String institutionType, String status, String statusLabel, String statusText,
                          OffsetDateTime createdAt, OffsetDateTime submittedAt, LocalDate handlingDate,
                          boolean conditionsConfirmed, boolean n95ConditionsConfirmed, List<String> items,
                          String comment, CheckJson check, Map<String, Integer> approvedQuantities) {

    public static RequestJson of(SupplyRequest r) {
        var content = r.getContent();
        return new RequestJson(r.getId(), r.getVersion(), r.getTitle(), r.getInstitution().getCode(),
                r.getInstitution().getName(), r.getInstitution().getType().name(), r.getStatus().name(),
                r.getStatus().label(), r.getStatus().text(), tokyo(r.getCreatedAt()), tokyo(r.getSubmittedAt()),
                r.getHandlingDate(), content.isConditionsConfirmed(), content.isN95ConditionsConfirmed(),
                content.getItemCodes(), content.getComment(),
                r.getCheckedAt() == null ? null : CheckJson.of(r.lastCheck(), r.getCheckedAt()),
                new TreeMap<>(r.getApprovedQuantities()));
    }

    static OffsetDateTime tokyo(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).atZone(Clocks.TOKYO).toOffsetDateTime();
    }

    /** The explained check result. */
    public record CheckJson(boolean passed, OffsetDateTime checkedAt, List<ConditionJson> conditions) {

        public static CheckJson of(CheckResult result, LocalDateTime checkedAt) {
            return new CheckJson(result.passed(), tokyo(checkedAt),
                    result.conditions().stream().map(ConditionJson::of).toList());
        }
    }

    /** One condition: its id, pass/fail, the Japanese explanation and the survey value it rests on. */
    public record ConditionJson(String id, String item, boolean passed, String message, String survey,
                                LocalDate surveyDate, String field, String value) {

        static ConditionJson of(ConditionResult c) {
            return new ConditionJson(c.id().name(), c.itemCode(), c.passed(), c.message(), c.survey(),
                    c.surveyDate(), c.field(), c.value());
        }
    }

    /** A line of the timeline: a status change, or a distribution's step ({@code step} set). */
    public record HistoryJson(OffsetDateTime at, String actor, String from, String to, String step,
                              String reason) {

        public static HistoryJson of(TimelineEntry entry) {
            return new HistoryJson(tokyo(entry.at()), entry.actor(),
                    entry.from() == null ? null : entry.from().name(), entry.to().name(),
                    entry.step() == null ? null : entry.step().name(), entry.reason());
        }
    }

    /** A page of requests with the total that match. */
    public record PageJson(List<RequestJson> items, long total, int page, int size) {
    }
}
