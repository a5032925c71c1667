package jp.sosportal.institution.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.sosportal.platform.FieldError;

class ProfileValidationTest {

    @Test
    void aNameAndAnAddressPassAndAreStoredWithoutSurroundingBlanks() {
        Profile profile = new Profile("  新宿 花子 ", " hanako@example.jp ");
        assertThat(ProfileValidation.check(profile)).isEmpty();
        assertThat(ProfileValidation.normalized(profile)).isEqualTo(new Profile("新宿 花子", "hanako@example.jp"));
    }

    @Test
    void bothFieldsAreRequiredEachWithItsOwnMessage() {
        assertThat(ProfileValidation.check(new Profile(" ", null)))
                .containsExactly(new FieldError("contactName", "入力してください。"), new FieldError("mail", "入力してください。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hanako", "hanako@", "@example.jp", "hanako@example", "hanako@example.", "hana ko@example.jp",
            "a@b@example.jp"})
    void anAddressMailCannotReachIsRefused(String mail) {
        List<FieldError> errors = ProfileValidation.check(new Profile("新宿 花子", mail));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("mail");
            assertThat(e.message()).startsWith("メールアドレスの形式が正しくありません");
        });
    }

    @Test
    void tooLongValuesAreRefusedWithTheLimit() {
        List<FieldError> errors = ProfileValidation.check(new Profile("名".repeat(101), "a".repeat(250) + "@example.jp"));
        assertThat(errors).extracting(FieldError::field).containsExactly("contactName", "mail");
        assertThat(errors.get(0).message()).isEqualTo("100文字以内で入力してください。");
    }
}
