package jp.sosportal.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void isShownAsTheLogAndItsExportShowIt() {
        AuditEvent event = new AuditEvent(LocalDateTime.of(2026, 12, 7, 8, 30, 15), AuditKind.LOGIN_FAILED,
                "=cmd", "staff01", "192.0.2.1", null);

        assertThat(event.shown())
                .containsExactly("2026/12/07 08:30", "ログイン失敗", "=cmd", "staff01", "192.0.2.1", null);
    }

    @Test
    void textsAreCutToTheirColumns() {
        AuditEvent event = new AuditEvent(LocalDateTime.of(2026, 12, 7, 8, 30), AuditKind.LOGIN_FAILED,
                "a".repeat(AuditEvent.ACTOR_LENGTH + 1), null, null, "d".repeat(AuditEvent.DETAIL_LENGTH + 5));

        assertThat(event.getActor()).hasSize(AuditEvent.ACTOR_LENGTH);
        assertThat(event.getDetail()).hasSize(AuditEvent.DETAIL_LENGTH);
    }
}
