package jp.sosportal.survey.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.SurveyValidation;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.survey.entity.SurveyRevision;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * Records and reads 日次調査 and 週次調査 answers. Staff answer for their institution (batch admins load files for
 * any); reviewers read those they reach. Answering a date again replaces the answer and keeps the old one as a
 * {@link SurveyRevision}. Invalid input writes nothing.
 */
@Stateless
public class Surveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    Institutions institutions;

    @RolesAllowed({"STAFF", "BATCH_ADMIN"})
    public DailySurvey recordDaily(String institutionCode, LocalDate date, DailyInput input) {
        Institution institution = writable(institutionCode);
        refuseIfInvalid(SurveyValidation.daily(date, today(), input));
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = accounts.currentCaller().username();
        Optional<DailySurvey> existing = daily(institution, date);
        existing.ifPresent(previous -> {
            em.persist(SurveyRevision.of(previous, now, actor));
            previous.replace(SurveyValidation.toValues(input), now, actor);
        });
        return existing.orElseGet(() -> persist(new DailySurvey(institution, date, SurveyValidation.toValues(input),
                now, actor)));
    }

    @RolesAllowed({"STAFF", "BATCH_ADMIN"})
    public WeeklySurvey recordWeekly(String institutionCode, LocalDate date, List<WeeklyItemInput> items) {
        Institution institution = writable(institutionCode);
        refuseIfInvalid(SurveyValidation.weekly(date, today(), items, itemNames()));
        var answers = items.stream().map(SurveyValidation::toAnswer).toList();
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = accounts.currentCaller().username();
        Optional<WeeklySurvey> existing = weekly(institution, date);
        existing.ifPresent(previous -> {
            em.persist(SurveyRevision.of(previous, now, actor));
            previous.replace(answers, now, actor);
        });
        return existing.orElseGet(() -> persist(new WeeklySurvey(institution, date, answers, now, actor)));
    }

    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public Optional<DailySurvey> findDaily(String institutionCode, LocalDate date) {
        return daily(institutions.reachable(institutionCode), date);
    }

    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public List<DailySurvey> dailyBetween(String institutionCode, LocalDate from, LocalDate to) {
        return em.createNamedQuery(DailySurvey.BETWEEN, DailySurvey.class)
                .setParameter("institution", institutions.reachable(institutionCode))
                .setParameter("from", from == null ? LocalDate.of(2000, 1, 1) : from)
                .setParameter("to", to == null ? today() : to)
                .setMaxResults(400)
                .getResultList();
    }

    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public Optional<WeeklySurvey> findWeekly(String institutionCode, LocalDate date) {
        return weekly(institutions.reachable(institutionCode), date);
    }

    /** The most recent weekly answer on or before today: 「前回と同じ」 starts from it. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public Optional<WeeklySurvey> latestWeekly(String institutionCode) {
        return em.createNamedQuery(WeeklySurvey.LATEST, WeeklySurvey.class)
                .setParameter("institution", institutions.reachable(institutionCode))
                .setParameter("today", today()).setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest daily answer on or before today. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public Optional<DailySurvey> latestDaily(String institutionCode) {
        return em.createNamedQuery(DailySurvey.LATEST, DailySurvey.class)
                .setParameter("institution", institutions.reachable(institutionCode))
                .setParameter("today", today()).setMaxResults(1).getResultStream().findFirst();
    }

    public List<SupplyItem> items() {
        return em.createNamedQuery(SupplyItem.ALL, SupplyItem.class).getResultList();
    }

    private Map<String, String> itemNames() {
        return items().stream().collect(Collectors.toMap(SupplyItem::getCode, SupplyItem::getName));
    }

    /** Staff write for their own institution only; batch admins load for any institution of the master. */
    private Institution writable(String institutionCode) {
        Caller caller = accounts.currentCaller();
        if (caller.isStaff()) {
            return institutions.reachable(institutionCode, caller);
        }
        return institutions.byCode(institutionCode);
    }

    private Optional<DailySurvey> daily(Institution institution, LocalDate date) {
        return em.createNamedQuery(DailySurvey.ON_DATE, DailySurvey.class).setParameter("institution", institution)
                .setParameter("date", date).getResultStream().findFirst();
    }

    private Optional<WeeklySurvey> weekly(Institution institution, LocalDate date) {
        return em.createNamedQuery(WeeklySurvey.ON_DATE, WeeklySurvey.class).setParameter("institution", institution)
                .setParameter("date", date).getResultStream().findFirst();
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void refuseIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }
}
