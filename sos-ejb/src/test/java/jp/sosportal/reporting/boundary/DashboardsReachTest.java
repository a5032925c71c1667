package jp.sosportal.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Role;

/** Issue 13 (ASVS 4.1.5): the dashboard's reach fails closed. */
class DashboardsReachTest {

    static Caller caller(Role role, String prefecture) {
        return new Caller("u", role, null, null, null, null, prefecture, "u", true, false);
    }

    @Test
    void aPrefectureReviewerReachesTheirPrefectureAndTheNationEverything() {
        assertThat(Dashboards.reach(caller(Role.PREFECTURE, "13"))).isEqualTo("13");
        assertThat(Dashboards.reach(caller(Role.NATIONAL, null))).isNull();
    }

    @Test
    void aPrefectureReviewerWithoutAPrefectureReachesNothingNotTheNation() {
        assertThat(Dashboards.reach(caller(Role.PREFECTURE, null))).isEqualTo("--");
        assertThat(Dashboards.reach(caller(Role.STAFF, null))).isEqualTo("--");
    }
}
