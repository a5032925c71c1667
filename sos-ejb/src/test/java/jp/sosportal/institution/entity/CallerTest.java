package jp.sosportal.institution.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The caller's own rules that pages and services both ask. */
class CallerTest {

    @Test
    void staffConfirmTheirProfileAtTheFirstLoginOthersDoNot() {
        assertThat(caller(Role.STAFF, InstitutionType.HOSPITAL, "田中", false).mustConfirmProfile()).isTrue();
        assertThat(caller(Role.STAFF, InstitutionType.HOSPITAL, "田中", true).mustConfirmProfile()).isFalse();
        assertThat(caller(Role.NATIONAL, null, "田中", false).mustConfirmProfile()).isFalse();
    }

    @Test
    void onlyAggregatorsAmongStaffUploadSurveyFiles() {
        assertThat(caller(Role.STAFF, InstitutionType.AGGREGATOR, null, true).uploadsSurveyFiles()).isTrue();
        assertThat(caller(Role.STAFF, InstitutionType.HOSPITAL, null, true).uploadsSurveyFiles()).isFalse();
        assertThat(caller(Role.BATCH_ADMIN, null, null, true).uploadsSurveyFiles()).isTrue();
    }

    @Test
    void aStrongPasswordAvoidsTheUserNameAndTheContactNameWhenThereIsOne() {
        assertThat(caller(Role.STAFF, InstitutionType.HOSPITAL, "田中 花子", true).personalWords())
                .isEqualTo(List.of("user", "田中 花子"));
        assertThat(caller(Role.SYSTEM_ADMIN, null, null, true).personalWords()).isEqualTo(List.of("user"));
    }

    private static Caller caller(Role role, InstitutionType type, String contactName, boolean profileConfirmed) {
        return new Caller("user", role, type == null ? null : 1L, type == null ? null : "1310000001", null, type,
                "13", contactName, profileConfirmed, false);
    }
}
