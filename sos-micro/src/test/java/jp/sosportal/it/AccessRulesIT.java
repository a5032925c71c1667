package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.OLD_DAY;
import static jp.sosportal.it.Fixtures.PASSWORD;
import static jp.sosportal.it.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestPage;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;

/**
 * The access rules of every service method (requests, surveys, institutions) × every kind of caller, in the
 * container with real callers ({@link Fixtures#world()}, {@link Login}): who is refused, who is told "not found".
 */
@ExtendWith(ArquillianExtension.class)
class AccessRulesIT {

    @Inject
    Fixtures fixtures;

    @Inject
    Clock clock;

    @Inject
    SupplyRequests requests;

    @Inject
    Surveys surveys;

    @Inject
    Institutions institutions;

    /** The kinds of caller, seen from the Tokyo hospital of a {@link World}, and their accounts there. */
    enum Who {
        OWN_STAFF(Role.STAFF, "staff"), OTHER_STAFF(Role.STAFF, "other-staff"),
        PREFECTURE(Role.PREFECTURE, "prefecture"), OTHER_PREFECTURE(Role.PREFECTURE, "osaka-prefecture"),
        NATIONAL(Role.NATIONAL, "national"), BATCH_ADMIN(Role.BATCH_ADMIN, "batch-admin"),
        SYSTEM_ADMIN(Role.SYSTEM_ADMIN, "system-admin");

        final Role role;
        final String account;

        Who(Role role, String account) {
            this.role = role;
            this.account = account;
        }
    }

    enum Outcome { REACHED, NOT_FOUND, FORBIDDEN }

    @FunctionalInterface
    interface ServiceCall {
        Object run() throws Exception;
    }

    /**
     * A service method, the roles it admits and whether a batch administrator reaches every institution with it
     * (survey loads do). Any other admitted caller reaches the hospital's data only if it is the hospital's staff,
     * a reviewer of its prefecture or a national reviewer; everybody else is told "not found".
     */
    record Rule(String method, Set<Role> roles, boolean batchReachesAll, ServiceCall call) {

        Outcome expectedFor(Who who) {
            if (!roles.contains(who.role)) {
                return Outcome.FORBIDDEN;
            }
            boolean reaches = EnumSet.of(Who.OWN_STAFF, Who.PREFECTURE, Who.NATIONAL).contains(who)
                    || who == Who.BATCH_ADMIN && batchReachesAll;
            return reaches ? Outcome.REACHED : Outcome.NOT_FOUND;
        }
    }

    @Test
    void everyServiceMethodAppliesTheAccessRules() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        long id = requests.create(w.hospital(), request("SURGICAL_MASK")).getId();
        Set<Role> staff = EnumSet.of(Role.STAFF);
        Set<Role> readers = EnumSet.of(Role.STAFF, Role.PREFECTURE, Role.NATIONAL);
        Set<Role> writers = EnumSet.of(Role.STAFF, Role.BATCH_ADMIN);
        LocalDate today = LocalDate.now(clock);
        List<Rule> rules = List.of(
                new Rule("SupplyRequests.create", staff, false,
                        () -> requests.create(w.hospital(), request("FACE_SHIELD"))),
                new Rule("SupplyRequests.edit", staff, false,
                        () -> requests.edit(id, fixtures.versionOf(id), request("SURGICAL_MASK", "ISOLATION_GOWN"))),
                new Rule("SupplyRequests.check", readers, false, () -> requests.check(id)),
                new Rule("SupplyRequests.submit", staff, false, () -> requests.submit(id)),
                new Rule("SupplyRequests.find", readers, false, () -> requests.find(id)),
                new Rule("SupplyRequests.history", readers, false, () -> requests.history(id)),
                new Rule("SupplyRequests.search", readers, false,
                        () -> found(requests.search(query(w.hospital())))),
                new Rule("SupplyRequests.confirmByPrefecture", EnumSet.of(Role.PREFECTURE), false,
                        () -> requests.confirmByPrefecture(id, fixtures.versionOf(id))),
                new Rule("SupplyRequests.accept", EnumSet.of(Role.NATIONAL), false,
                        () -> requests.accept(id, fixtures.versionOf(id))),
                new Rule("Surveys.recordDaily", writers, true,
                        () -> surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 1, 0, 0))),
                new Rule("Surveys.recordWeekly", writers, true, () -> surveys.recordWeekly(w.hospital(), OLD_DAY,
                        List.of(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 10, 10, 0)))),
                new Rule("Surveys.findDaily", readers, false, () -> surveys.findDaily(w.hospital(), today)),
                new Rule("Surveys.dailyBetween", readers, false, () -> surveys.dailyBetween(w.hospital(), null, null)),
                new Rule("Surveys.findWeekly", readers, false, () -> surveys.findWeekly(w.hospital(), today)),
                new Rule("Surveys.latestDaily", readers, false, () -> surveys.latestDaily(w.hospital())),
                new Rule("Surveys.latestWeekly", readers, false, () -> surveys.latestWeekly(w.hospital())),
                new Rule("Institutions.reachable", EnumSet.allOf(Role.class), false,
                        () -> institutions.reachable(w.hospital())));

        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            Login.as(w.user(who.account), PASSWORD);
            for (Rule rule : rules) {
                String outcome = outcome(rule.call());
                if (!outcome.equals(rule.expectedFor(who).name())) {
                    wrong.add(rule.method() + " by " + who + ": " + outcome + ", expected " + rule.expectedFor(who));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** What the access rules made of a call: a refusal of the domain (a status, a version) got past them. */
    private static String outcome(ServiceCall call) {
        try {
            call.run();
            return Outcome.REACHED.name();
        } catch (EJBAccessException e) {
            return Outcome.FORBIDDEN.name();
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND.name();
        } catch (RequestRefusedException | StaleVersionException | InvalidInputException e) {
            return Outcome.REACHED.name();
        } catch (Exception e) {
            return "unexpected " + e;
        }
    }

    /** A search that finds nothing tells the caller as much as a 404. */
    private static RequestPage found(RequestPage page) {
        if (page.total() == 0) {
            throw new NotFoundException();
        }
        return page;
    }

    private static RequestQuery query(String institution) {
        return new RequestQuery(null, null, institution, null, null, null, 0, 20);
    }

    private static DailyInput daily(int quantitative, int qualitative, int inpatients, int beds) {
        return new DailyInput(quantitative, qualitative, inpatients, beds, false, false);
    }
}
