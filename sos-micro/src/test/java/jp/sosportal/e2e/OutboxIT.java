package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;


/**
 * The mail server is down when someone asks for a password reset: they are told the link is on its way, the mail
 * waits in the outbox (the system admin sees it waiting, with SMTP's answer), the portal is restarted before SMTP
 * returns, and once it does the mail arrives exactly once.
 */
class OutboxIT {

    static final int PORT = RunningPortal.PORT + 104;
    static final int SMTP_PORT = PORT + 7000;
    static final Map<String, String> ENVIRONMENT = Map.of("SOS_MAIL_PORT", String.valueOf(SMTP_PORT),
            "SOS_MAIL_FIRST_RETRY_SECONDS", "1");
    static RunningPortal portal;
    static Mailbox mailbox;

    @BeforeAll
    static void startWithoutSmtp() {
        portal = RunningPortal.start("outbox", PORT, ENVIRONMENT);
        portal.awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        portal.stop();
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void aResetMailQueuedWhileSmtpIsDownIsSentOnceItIsBackEvenAfterARestart() throws Exception {
        try (Browser browser = Browser.desktop(portal)) {
            browser.go("/password-reset/request.xhtml");
            browser.type("#requestForm\\:username", PasswordResetIT.USER);
            browser.click("#requestForm\\:reset");
            assertThat(browser.find("#requestForm\\:messages").getText()).contains(PasswordResetIT.SENT);
        }
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("admin", DemoData.PASSWORD);
            String row = firstRowOnceItSays(browser, "connect"); // a round of the sender, against the closed port
            assertThat(row).contains(PasswordResetIT.USER + "@example.jp", "送信待ち");
            browser.screenshot("outbox-smtp-down");
        }

        portal.stop();
        mailbox = Mailbox.start(SMTP_PORT);
        portal = RunningPortal.restart("outbox", PORT, ENVIRONMENT);
        portal.awaitReady(Duration.ofSeconds(180));

        assertThat(mailbox.await(mail -> true, Duration.ofSeconds(60))).as("the queued mail, once SMTP is back")
                .isPresent();
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("admin", DemoData.PASSWORD);
            firstRowOnceItSays(browser, "送信済");
            assertThat(browser.find("#counts").getText()).contains("送信済: 1", "送信待ち: 0");
            browser.screenshot("outbox-sent");
        }
        // Marked sent: a sender that claimed it again would do so in its next round (every 5 s); nothing is sent twice.
        RunningPortal.sleep(6_000);
        assertThat(mailbox.matching(mail -> true)).hasSize(1);
        assertThat(mailbox.matching(Mailbox.subjectContains(PasswordResetIT.SUBJECT))).hasSize(1);
    }

    /** The outbox page's first row, reloaded until it contains {@code text} (case aside) or 30 s have passed. */
    private static String firstRowOnceItSays(Browser browser, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            browser.go("/admin/outbox.xhtml");
            String row = browser.find("#outbox\\:mails_data tr").getText();
            if (row.toLowerCase().contains(text.toLowerCase()) || System.nanoTime() > deadline) {
                assertThat(row).containsIgnoringCase(text);
                return row;
            }
            RunningPortal.sleep(500);
        }
    }
}
