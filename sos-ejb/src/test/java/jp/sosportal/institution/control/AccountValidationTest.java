package jp.sosportal.institution.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.sosportal.institution.entity.Role;
import jp.sosportal.platform.FieldError;

/** Issue 19: what an account must hold before the database is asked (user name, contact, role and its tie). */
class AccountValidationTest {

    @Test
    void aStaffAccountNeedsAnInstitutionAndAPrefectureAccountAPrefecture() {
        assertThat(fields(new AccountInput("new-staff", "田中 花子", "tanaka@example.jp", Role.STAFF, " ", null)))
                .containsExactly("institution");
        assertThat(messages(new AccountInput("new-staff", "田中 花子", "tanaka@example.jp", Role.STAFF, null, null)))
                .containsExactly("医療機関担当者には医療機関を指定してください。");
        assertThat(fields(new AccountInput("pref-x", "県 担当", "ken@example.jp", Role.PREFECTURE, null, null)))
                .containsExactly("prefecture");
        assertThat(fields(new AccountInput("pref-x", "県 担当", "ken@example.jp", Role.PREFECTURE, null, "13")))
                .isEmpty();
    }

    @Test
    void otherRolesAreTiedToNothing() {
        assertThat(fields(new AccountInput("nat", "国 担当", "kuni@example.jp", Role.NATIONAL, "1310000001", "13")))
                .containsExactlyInAnyOrder("institution", "prefecture");
        assertThat(fields(new AccountInput("pref-y", "県 担当", "ken@example.jp", Role.PREFECTURE, "1310000001", "13")))
                .containsExactly("institution");
        assertThat(fields(new AccountInput("nat", "国 担当", "kuni@example.jp", null, null, null)))
                .containsExactly("role");
    }

    @Test
    void userNamesAreLettersDigitsAndAFewMarksWithinTheColumn() {
        assertThat(AccountValidation.isUsername("osaka-hospital")).isTrue();
        assertThat(AccountValidation.isUsername("tanaka.h_01@clinic")).isTrue();
        assertThat(AccountValidation.isUsername("ab")).isFalse();
        assertThat(AccountValidation.isUsername("田中")).isFalse();
        assertThat(AccountValidation.isUsername("with space")).isFalse();
        assertThat(AccountValidation.isUsername("x".repeat(65))).isFalse();
        assertThat(fields(new AccountInput("<script>", "名前", "a@example.jp", Role.NATIONAL, null, null)))
                .containsExactly("username");
    }

    @Test
    void anEditKeepsItsUserNameAndStillNeedsContactAndMail() {
        assertThat(fields(AccountValidation.check(new AccountInput(null, " ", "not-a-mail", Role.NATIONAL, null, null),
                false))).containsExactlyInAnyOrder("contactName", "mail");
    }

    private static List<String> fields(AccountInput input) {
        return fields(AccountValidation.check(input, true));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<String> messages(AccountInput input) {
        return AccountValidation.check(input, true).stream().map(FieldError::message).toList();
    }
}
