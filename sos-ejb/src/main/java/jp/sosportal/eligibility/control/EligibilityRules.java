package jp.sosportal.eligibility.control;

import static jp.sosportal.platform.Labels.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.platform.Dates;
import jp.sosportal.survey.entity.Outlook;

/**
 * The eligibility rules of SPEC.md §3, as a pure function of a {@link CheckInput}.
 *
 * <p><b>Which conditions, in which order.</b> {@link ConditionId#CONFIRMED} always; then {@link ConditionId#DAILY}
 * (病院) or {@link ConditionId#DAILY_EXISTS} (診療所, 地域外来・検査センター); then one {@link ConditionId#WEEKLY} per
 * requested item in request order (病院, 診療所, 地域外来・検査センター) or {@link ConditionId#WEEKLY_EXISTS} (とりまとめ団体);
 * last {@link ConditionId#N95}, once, when some requested item has {@link RequestedItem#n95Rule()}.
 * WEEKLY results always come one per item with its {@code itemCode}, also when there is no usable weekly answer,
 * so a request without items has none.
 *
 * <p><b>Freshness.</b> An answer is fresh when {@code today - windowDays <= date <= today}: with a window of 7 days
 * an answer dated seven days before {@code today} is used, one dated eight days before counts as missing (its
 * message still names its date). An answer dated after {@code today} is never used and reads as absent.
 *
 * <p><b>Evidence.</b> {@code survey} is {@code "DAILY"} or {@code "WEEKLY"} for the survey a condition reads (null
 * for CONFIRMED, whose field is the checkbox, value 「あり」/「なし」); {@code surveyDate} is the date of the answer
 * looked at, also when it is too old, null when there is none. {@code field}/{@code value} name the deciding field
 * and its value as shown: for a passing DAILY or N95 the first criterion that holds in SPEC order, for WEEKLY
 * 「現在の在庫の備蓄見通し」 and the outlook; null when no single field decides (a failing DAILY or N95, an existence
 * check, an unusable survey).
 */
public final class EligibilityRules {


    public CheckResult check(CheckInput input) {
        Objects.requireNonNull(input, "input");
        Latest<DailyAnswer> daily = Latest.of(Survey.DAILY, input.latestDaily(), DailyAnswer::date, input.today(),
                input.dailyWindowDays());
        Latest<WeeklyAnswer> weekly = Latest.of(Survey.WEEKLY, input.latestWeekly(), WeeklyAnswer::date,
                input.today(), input.weeklyWindowDays());
        List<ConditionResult> results = new ArrayList<>();
        results.add(confirmed(input.conditionsConfirmed()));
        switch (input.type()) {
            case HOSPITAL -> {
                results.add(daily(daily));
                results.addAll(weekly(input.items(), weekly));
            }
            case CLINIC, TEST_CENTER -> {
                results.add(exists(ConditionId.DAILY_EXISTS, input.type(), daily));
                results.addAll(weekly(input.items(), weekly));
            }
            case AGGREGATOR -> results.add(exists(ConditionId.WEEKLY_EXISTS, input.type(), weekly));
        }
        firstN95Item(input.items()).map(item -> n95(input, item, daily)).ifPresent(results::add);
        return new CheckResult(results);
    }

    // ① -----------------------------------------------------------------------------------------------------------

    private static ConditionResult confirmed(boolean checked) {
        String message = text(checked ? "eligibility.confirmed.pass" : "eligibility.confirmed.fail");
        return new ConditionResult(ConditionId.CONFIRMED, null, checked, message, null, null,
                text("eligibility.field.conditionsConfirmed"), checkedValue(checked));
    }

    // ② -----------------------------------------------------------------------------------------------------------

    private static ConditionResult daily(Latest<DailyAnswer> latest) {
        if (!latest.fresh()) {
            return unusable(ConditionId.DAILY, null, latest, text("eligibility.consequence.daily"));
        }
        DailyAnswer answer = latest.answer();
        return Arrays.stream(DailyCriterion.values())
                .filter(criterion -> criterion.holds(answer))
                .findFirst()
                .map(criterion -> dailyPass(answer, criterion))
                .orElseGet(() -> dailyFailure(answer));
    }

    private static ConditionResult dailyPass(DailyAnswer answer, DailyCriterion criterion) {
        return new ConditionResult(ConditionId.DAILY, null, true, criterion.passMessage(answer),
                Survey.DAILY.name(), answer.date(), criterion.label(), criterion.shownValue(answer));
    }

    private static ConditionResult dailyFailure(DailyAnswer answer) {
        // Only reached when no criterion holds, so every count is 0 and both flags are off.
        String message = text("eligibility.daily.fail", shown(answer.date()),
                DailyCriterion.ANTIGEN_QUANTITATIVE_TESTS.label(), DailyCriterion.ANTIGEN_QUALITATIVE_TESTS.label(),
                DailyCriterion.INPATIENTS.label(), DailyCriterion.ACCEPTABLE_BEDS.label(),
                DailyCriterion.TESTING_INSTITUTION.label(), DailyCriterion.PCR_AVAILABLE.label(),
                text("eligibility.value.pcrAvailable"));
        return new ConditionResult(ConditionId.DAILY, null, false, message, Survey.DAILY.name(), answer.date(),
                null, null);
    }

    // ③ -----------------------------------------------------------------------------------------------------------

    private static List<ConditionResult> weekly(List<RequestedItem> items, Latest<WeeklyAnswer> latest) {
        return items.stream().map(item -> weeklyFor(item, latest)).toList();
    }

    private static ConditionResult weeklyFor(RequestedItem item, Latest<WeeklyAnswer> latest) {
        if (!latest.fresh()) {
            return unusable(ConditionId.WEEKLY, item.code(), latest,
                    text("eligibility.consequence.weekly", item.name()));
        }
        LocalDate date = latest.date();
        Outlook outlook = latest.answer().outlookByItem().get(item.code());
        if (outlook == null) {
            return new ConditionResult(ConditionId.WEEKLY, item.code(), false,
                    text("eligibility.weekly.unanswered", shown(date), item.name()), Survey.WEEKLY.name(), date,
                    text("eligibility.field.outlook"), null);
        }
        String key = outlook.isShort() ? "eligibility.weekly.pass" : "eligibility.weekly.fail";
        return new ConditionResult(ConditionId.WEEKLY, item.code(), outlook.isShort(),
                text(key, shown(date), item.name(), outlook.label()), Survey.WEEKLY.name(), date,
                text("eligibility.field.outlook"), outlook.label());
    }

    // answer must exist -----------------------------------------------------------------------------------------

    private static ConditionResult exists(ConditionId id, InstitutionType type, Latest<?> latest) {
        Survey survey = latest.survey();
        if (!latest.fresh()) {
            return unusable(id, null, latest, text("eligibility.consequence.exists", type.label(),
                    String.valueOf(latest.windowDays()), survey.label()));
        }
        return new ConditionResult(id, null, true, text("eligibility.exists.pass", survey.label(),
                shown(latest.date())), survey.name(), latest.date(), null, null);
    }

    // N95 ---------------------------------------------------------------------------------------------------------

    private static Optional<RequestedItem> firstN95Item(List<RequestedItem> items) {
        return items.stream().filter(RequestedItem::n95Rule).findFirst();
    }

    private static ConditionResult n95(CheckInput input, RequestedItem item, Latest<DailyAnswer> daily) {
        Optional<DailyCriterion> admits = daily.fresh()
                ? Stream.of(DailyCriterion.INPATIENTS, DailyCriterion.ACCEPTABLE_BEDS)
                        .filter(criterion -> criterion.holds(daily.answer())).findFirst()
                : Optional.empty();
        boolean hospital = input.type() == InstitutionType.HOSPITAL;
        if (input.n95ConditionsConfirmed() && hospital && admits.isPresent()) {
            DailyCriterion criterion = admits.get();
            String value = criterion.shownValue(daily.answer());
            return new ConditionResult(ConditionId.N95, item.code(), true,
                    text("eligibility.n95.pass", item.name(), shown(daily.date()), criterion.label(), value),
                    Survey.DAILY.name(), daily.date(), criterion.label(), value);
        }
        // Name every missing part at once so the user fixes them in one go, not one per submission.
        List<String> missing = new ArrayList<>();
        if (!input.n95ConditionsConfirmed()) {
            missing.add(text("eligibility.n95.unchecked"));
        }
        if (!hospital) {
            missing.add(text("eligibility.n95.notHospital", input.type().label()));
        }
        if (admits.isEmpty()) {
            missing.add(n95DailyReason(daily));
        }
        return new ConditionResult(ConditionId.N95, item.code(), false,
                text("eligibility.n95.fail", item.name(), String.join("", missing)), Survey.DAILY.name(),
                daily.date(), null, null);
    }

    private static String n95DailyReason(Latest<DailyAnswer> daily) {
        if (daily.answer() == null) {
            return text("eligibility.n95.dailyMissing");
        }
        if (!daily.fresh()) {
            return text("eligibility.n95.dailyStale", shown(daily.date()), String.valueOf(daily.windowDays()));
        }
        return text("eligibility.n95.noPatients", shown(daily.date()), DailyCriterion.INPATIENTS.label(),
                DailyCriterion.ACCEPTABLE_BEDS.label());
    }

    // shared ------------------------------------------------------------------------------------------------------

    private static ConditionResult unusable(ConditionId id, String itemCode, Latest<?> latest, String consequence) {
        return new ConditionResult(id, itemCode, false, latest.unusableReason(consequence), latest.survey().name(),
                latest.date(), null, null);
    }

    private static String checkedValue(boolean checked) {
        return text(checked ? "eligibility.value.checked" : "eligibility.value.unchecked");
    }

    /** Dates as users read them, 2021/1/4; passed to MessageFormat as strings so it does not reformat them. */
    private static String shown(LocalDate date) {
        return Dates.shortDay(date);
    }

    private enum Survey {
        DAILY, WEEKLY;

        String label() {
            return text("eligibility.survey." + name());
        }
    }

    /** The latest answer of one survey as the check may use it: fresh, too old (kept to name its date) or absent. */
    private record Latest<A>(Survey survey, A answer, LocalDate date, boolean fresh, int windowDays) {

        static <A> Latest<A> of(Survey survey, Optional<A> latest, Function<A, LocalDate> dateOf, LocalDate today,
                                int windowDays) {
            // A future-dated answer means a boundary bug or clock skew: judging on it would use data the user did
            // not have on the day of the check, so it reads as absent.
            A answer = latest.filter(a -> !dateOf.apply(a).isAfter(today)).orElse(null);
            LocalDate date = answer == null ? null : dateOf.apply(answer);
            boolean fresh = date != null && !date.isBefore(today.minusDays(windowDays));
            return new Latest<>(survey, answer, date, fresh, windowDays);
        }

        /** Why this survey cannot be used, followed by what that means for the condition. */
        String unusableReason(String consequence) {
            return answer == null
                    ? text("eligibility.survey.missing", survey.label(), consequence)
                    : text("eligibility.survey.stale", survey.label(), shown(date), String.valueOf(windowDays),
                            consequence);
        }
    }

    /** The criteria of condition ② in SPEC.md §3 order; the first that holds explains a pass. */
    private enum DailyCriterion {
        ANTIGEN_QUANTITATIVE_TESTS("antigenQuantitativeTests"),
        ANTIGEN_QUALITATIVE_TESTS("antigenQualitativeTests"),
        INPATIENTS("inpatients"),
        ACCEPTABLE_BEDS("acceptableBeds"),
        TESTING_INSTITUTION("testingInstitution"),
        PCR_AVAILABLE("pcrAvailable");

        private final String labelKey;

        DailyCriterion(String field) {
            this.labelKey = "eligibility.field." + field;
        }

        String label() {
            return text(labelKey);
        }

        boolean holds(DailyAnswer answer) {
            return switch (this) {
                case TESTING_INSTITUTION -> answer.testingInstitution();
                case PCR_AVAILABLE -> answer.pcrAvailable();
                default -> count(answer) >= 1;
            };
        }

        /** The value as the form shows it; only asked of a criterion that holds. */
        String shownValue(DailyAnswer answer) {
            return switch (this) {
                case TESTING_INSTITUTION -> checkedValue(true);
                case PCR_AVAILABLE -> text("eligibility.value.pcrAvailable");
                default -> String.valueOf(count(answer));
            };
        }

        String passMessage(DailyAnswer answer) {
            String key = switch (this) {
                case TESTING_INSTITUTION -> "eligibility.daily.pass.testingInstitution";
                case PCR_AVAILABLE -> "eligibility.daily.pass.pcrAvailable";
                default -> "eligibility.daily.pass.count";
            };
            return text(key, shown(answer.date()), label(), shownValue(answer));
        }

        private int count(DailyAnswer answer) {
            return switch (this) {
                case ANTIGEN_QUANTITATIVE_TESTS -> answer.antigenQuantitativeTests();
                case ANTIGEN_QUALITATIVE_TESTS -> answer.antigenQualitativeTests();
                case INPATIENTS -> answer.inpatients();
                case ACCEPTABLE_BEDS -> answer.acceptableBeds();
                case TESTING_INSTITUTION, PCR_AVAILABLE -> throw new IllegalStateException(name() + " is a flag");
            };
        }
    }
}
