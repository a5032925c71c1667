package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.OLD_DAY;
import static jp.sosportal.it.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.SurveyRevision;
import jp.sosportal.survey.entity.WeeklyItemAnswer;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * Surveys in the container with real callers: a replaced answer is kept as a revision, a batch administrator
 * loads answers for any institution.
 */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Surveys surveys;

    @Test
    void aReplacedSurveyAnswerIsKeptAsARevision() throws Exception {
        World w = fixtures.world();
        String staff = w.user("staff");
        Login.as(staff, PASSWORD);
        surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 0, 5, 0));
        surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 0, 6, 0));

        assertEquals(6, surveys.findDaily(w.hospital(), OLD_DAY).orElseThrow().getValues().getInpatients());
        List<Object[]> revisions = revisions(w.hospital(), "DAILY");
        assertEquals(1, revisions.size());
        assertTrue(((String) revisions.get(0)[0]).contains("inpatients=5"), (String) revisions.get(0)[0]);
        assertEquals(staff, revisions.get(0)[1], "previously answered by");
        assertEquals(staff, revisions.get(0)[2], "replaced by");

        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 0, -1, 0)));
        assertEquals("inpatients", negative.errors().get(0).field());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> surveys.recordDaily(w.hospital(), LocalDate.now(clock).plusDays(1), daily(0, 0, 1, 0)));
        assertEquals("未来の日付は指定できません。", future.errors().get(0).message());
        assertEquals(6, surveys.findDaily(w.hospital(), OLD_DAY).orElseThrow().getValues().getInpatients());
        assertEquals(1, revisions(w.hospital(), "DAILY").size(), "a refused answer replaces nothing");
    }

    @Test
    void aBatchAdministratorLoadsWeeklyAnswersForAnyInstitution() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("batch-admin"), PASSWORD);
        surveys.recordWeekly(w.osakaHospital(), OLD_DAY,
                List.of(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 100, 50, 0)));
        surveys.recordWeekly(w.osakaHospital(), OLD_DAY,
                List.of(new WeeklyItemInput("NON_STERILE_GLOVES", "FOUR_WEEKS_OR_MORE", 900, 10, 0)));
        assertThrows(NotFoundException.class, () -> surveys.recordWeekly("0000000000", OLD_DAY,
                List.of(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 0))));

        Login.as(w.user("national"), PASSWORD);
        WeeklySurvey read = surveys.findWeekly(w.osakaHospital(), OLD_DAY).orElseThrow();
        assertEquals(w.user("batch-admin"), read.getAnsweredBy());
        assertEquals(List.of("NON_STERILE_GLOVES"),
                read.getItems().stream().map(WeeklyItemAnswer::getItemCode).toList());
        List<Object[]> revisions = revisions(w.osakaHospital(), "WEEKLY");
        assertEquals(1, revisions.size());
        assertTrue(((String) revisions.get(0)[0]).contains("SURGICAL_MASK:WITHIN_1_WEEK/100/50/0"));
    }

    private List<Object[]> revisions(String institutionCode, String kind) {
        return em.createQuery("select r.previousValues, r.previouslyAnsweredBy, r.replacedBy from SurveyRevision r"
                        + " where r.institution.code = :code and r.kind = :kind order by r.replacedAt", Object[].class)
                .setParameter("code", institutionCode)
                .setParameter("kind", SurveyRevision.Kind.valueOf(kind))
                .getResultList();
    }

    private static DailyInput daily(int quantitative, int qualitative, int inpatients, int beds) {
        return new DailyInput(quantitative, qualitative, inpatients, beds, false, false);
    }
}
