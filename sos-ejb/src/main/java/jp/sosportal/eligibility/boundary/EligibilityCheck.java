package jp.sosportal.eligibility.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.eligibility.control.CheckInput;
import jp.sosportal.eligibility.control.DailyAnswer;
import jp.sosportal.eligibility.control.EligibilityRules;
import jp.sosportal.eligibility.control.RequestedItem;
import jp.sosportal.eligibility.control.WeeklyAnswer;
import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * Runs the rules on what the institution has answered as of today (Asia/Tokyo). Callers have already checked
 * access; this bean only reads, so 「事前チェック」 and submission see exactly the same result.
 */
@Stateless
public class EligibilityCheck {

    private static final EligibilityRules RULES = new EligibilityRules();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.eligibility.daily-window-days")
    int dailyWindowDays;

    @Inject
    @ConfigProperty(name = "sos.eligibility.weekly-window-days")
    int weeklyWindowDays;

    public CheckResult check(Claim claim) {
        LocalDate today = LocalDate.now(clock);
        var daily = em.createNamedQuery(DailySurvey.LATEST, DailySurvey.class)
                .setParameter("institution", claim.institution()).setParameter("today", today)
                .setMaxResults(1).getResultStream().findFirst().map(DailyAnswer::of);
        var weekly = em.createNamedQuery(WeeklySurvey.LATEST, WeeklySurvey.class)
                .setParameter("institution", claim.institution()).setParameter("today", today)
                .setMaxResults(1).getResultStream().findFirst().map(WeeklyAnswer::of);
        return RULES.check(new CheckInput(claim.institution().getType(), claim.conditionsConfirmed(),
                claim.n95ConditionsConfirmed(), requested(claim.itemCodes()), daily, weekly, today,
                dailyWindowDays, weeklyWindowDays));
    }

    /**
     * Whether the latest weekly answer (the one the check reads) has, for an item the request asks for, an outlook
     * its own stock and use contradict: recorded with the submission for the reviewers, never a condition.
     */
    public boolean outlookMismatch(Claim claim) {
        return em.createNamedQuery(WeeklySurvey.LATEST, WeeklySurvey.class)
                .setParameter("institution", claim.institution()).setParameter("today", LocalDate.now(clock))
                .setMaxResults(1).getResultStream().findFirst()
                .map(w -> w.getItems().stream().anyMatch(i -> i.isOutlookMismatch()
                        && claim.itemCodes().contains(i.getItemCode())))
                .orElse(false);
    }

    /** The item master as the rules see it, by code: what a request form may ask for. */
    public Map<String, RequestedItem> knownItems() {
        return em.createNamedQuery(SupplyItem.ALL, SupplyItem.class).getResultStream()
                .map(RequestedItem::of)
                .collect(Collectors.toMap(RequestedItem::code, Function.identity()));
    }

    private List<RequestedItem> requested(List<String> codes) {
        return codes.stream().map(knownItems()::get).toList();
    }
}
