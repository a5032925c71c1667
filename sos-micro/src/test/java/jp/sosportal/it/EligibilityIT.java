package jp.sosportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.eligibility.boundary.Claim;
import jp.sosportal.eligibility.boundary.EligibilityCheck;
import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklyItemAnswer;

/** The eligibility check on the database: the latest answer on or before today, inside its window. */
@ExtendWith(ArquillianExtension.class)
class EligibilityIT {

    @Inject
    Fixtures fixtures;

    @Inject
    Clock clock;

    @Inject
    EligibilityCheck eligibility;

    @Test
    void theCheckReadsTheLatestAnswerInsideItsWindow() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Institution hospital = fixtures.institution("139", InstitutionType.HOSPITAL);
        Claim masks = new Claim(hospital, true, false, List.of("SURGICAL_MASK"));

        daily(hospital, today.minusDays(8), 5);
        weekly(hospital, today.minusDays(15), Outlook.WITHIN_1_WEEK);
        ConditionResult daily = condition(eligibility.check(masks), ConditionId.DAILY);
        assertFalse(daily.passed());
        assertEquals(today.minusDays(8), daily.surveyDate(), "a stale answer is named with its date");
        assertTrue(daily.message().contains("7日より古い"), daily.message());
        assertFalse(condition(eligibility.check(masks), ConditionId.WEEKLY).passed());

        daily(hospital, today.minusDays(7), 4);
        weekly(hospital, today.minusDays(14), Outlook.FOUR_WEEKS_OR_MORE);
        daily(hospital, today.plusDays(1), 0); // only a clock skew writes this; the check must not use it
        CheckResult result = eligibility.check(masks);
        daily = condition(result, ConditionId.DAILY);
        assertTrue(daily.passed());
        assertEquals(today.minusDays(7), daily.surveyDate());
        assertEquals("4", daily.value());
        ConditionResult weekly = condition(result, ConditionId.WEEKLY);
        assertFalse(weekly.passed());
        assertEquals(today.minusDays(14), weekly.surveyDate());
        assertEquals("4週間以上", weekly.value());

        weekly(hospital, today.minusDays(1), Outlook.TWO_TO_THREE_WEEKS);
        assertTrue(eligibility.check(masks).passed());
    }

    private static ConditionResult condition(CheckResult result, ConditionId id) {
        return result.conditions().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private void daily(Institution institution, LocalDate date, int inpatients) {
        fixtures.daily(institution, date, new DailyValues(0, 0, inpatients, 0, false, false));
    }

    private void weekly(Institution institution, LocalDate date, Outlook masks) {
        fixtures.weekly(institution, date, List.of(new WeeklyItemAnswer("SURGICAL_MASK", masks, 100, 100, 0)));
    }
}
