package jp.sosportal.institution.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.sosportal.platform.FieldError;

class PasswordPolicyTest {

    @Test
    void twelveCharactersOfAnyKindAreEnoughWithoutUpperCaseOrDigits() {
        assertThat(PasswordPolicy.check("たんぽぽ色の自転車で行く", "たんぽぽ色の自転車で行く")).isEmpty();
        assertThat(PasswordPolicy.check("quiet harbor", "quiet harbor")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SosDemo2021", "Abcdefgh123", "短いパスワード"})
    void elevenCharactersOrFewerAreTooShort(String password) {
        assertThat(PasswordPolicy.check(password, password))
                .containsExactly(new FieldError("password", "パスワードは12文字以上で入力してください。"));
        assertThat(PasswordPolicy.check(null, null)).hasSize(1);
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String password = "a quiet harbor ".repeat(9);
        assertThat(PasswordPolicy.check(password, password))
                .containsExactly(new FieldError("password", "パスワードは128文字以内で入力してください。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "QAZWSXEDCRFV", "123456789qwe", "sonyericsson"})
    void aCommonPasswordIsRefusedWhateverItsCase(String password) {
        assertThat(PasswordPolicy.check(password, password)).containsExactly(new FieldError("password",
                "よく使われているパスワードのため使えません。推測されにくい別のパスワードを入力してください。"));
    }

    @Test
    void theCommonListHoldsAtLeastTenThousandPasswords() {
        assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
    }

    @Test
    void theConfirmationMustMatch() {
        assertThat(PasswordPolicy.check("quiet harbor", "quiet harbour"))
                .containsExactly(new FieldError("confirmation", "確認用のパスワードが一致しません。"));
    }

    @Test
    void theStrengthHintSpeaksJapanese() {
        PasswordStrength weak = PasswordStrength.of("password1234", List.of());
        assertThat(weak.score()).isLessThanOrEqualTo(1);
        assertThat(weak.warning() + weak.suggestions()).containsPattern("[ぁ-んァ-ン一-龥]");
        PasswordStrength strong = PasswordStrength.of("たんぽぽ色の自転車で港へ行く朝", List.of());
        assertThat(strong.score()).isEqualTo(4);
        assertThat(PasswordStrength.of("hospital2026x", List.of("hospital2026x")).score()).isLessThanOrEqualTo(1);
    }
}
