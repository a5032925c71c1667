package jp.sosportal.institution.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AccountChangesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

    @Test
    void anyNewPasswordEndsTheDemoMarkAndTheDutyToChangeIt() {
        UserAccount account = account("old@example.jp");
        account.markDemoPassword();
        account.requirePasswordChange();
        account.changePasswordHash("new-hash");
        assertThat(account.isDemoPassword()).isFalse();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("new-hash");
    }

    @Test
    void aMailChangeTakesEffectOnceBeforeItExpires() {
        UserAccount account = account("old@example.jp");
        MailChangeToken change = new MailChangeToken(account, "new@example.jp", "hash", NOW, NOW.plusHours(24));
        assertThat(change.isUsableAt(NOW.plusHours(24))).as("expired").isFalse();
        assertThat(account.getMail()).isEqualTo("old@example.jp");
        assertThat(change.isUsableAt(NOW.plusHours(23))).isTrue();
        change.confirm(NOW.plusHours(23));
        assertThat(account.getMail()).isEqualTo("new@example.jp");
        assertThat(change.isUsableAt(NOW.plusHours(23))).as("used").isFalse();
    }

    @Test
    void aRevokedMailChangeNoLongerWorks() {
        MailChangeToken change = new MailChangeToken(account("old@example.jp"), "new@example.jp", "hash", NOW,
                NOW.plusHours(24));
        change.revoke(NOW.plusMinutes(1));
        assertThat(change.isUsableAt(NOW.plusMinutes(2))).isFalse();
    }

    @Test
    void aPasswordResetLinkWorksOnceBeforeItExpiresAndOnlyForAnEnabledAccount() {
        UserAccount account = account("old@example.jp");
        PasswordResetToken reset = new PasswordResetToken(account, "hash", NOW, NOW.plusMinutes(30));
        assertThat(reset.isUsableAt(NOW.plusMinutes(30))).as("expired").isFalse();
        account.disable();
        assertThat(reset.isUsableAt(NOW.plusMinutes(1))).as("disabled account").isFalse();
        account.enable();
        assertThat(reset.isUsableAt(NOW.plusMinutes(1))).isTrue();
        reset.use("new-hash", NOW.plusMinutes(1));
        assertThat(account.getPasswordHash()).isEqualTo("new-hash");
        assertThat(reset.isUsableAt(NOW.plusMinutes(2))).as("used").isFalse();
    }

    private static UserAccount account(String mail) {
        return new UserAccount("someone", "hash", Role.STAFF, null, null, "担当 太郎", mail);
    }
}
