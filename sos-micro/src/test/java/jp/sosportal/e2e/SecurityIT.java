package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 13, points 1, 7 and 10 (ASVS 2.2.1, 3.3, 7.1) through HTTP: guessing throttled per address and per account
 * on the form login, HTTP Basic and the reset request, and released; unknown users answered as slowly as known
 * ones; sessions ended by a password reset in another client; the audit trail page, its CSV and its role.
 * Each test claims its own client addresses (X-Forwarded-For from the trusted loopback proxy), so throttles of one
 * test never touch another.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    static final String PASSWORD = DemoData.PASSWORD;
    static final String THROTTLED = "ログインに続けて失敗したため、しばらくログインできません。1分後にお試しください。";
    static final String ADMIN_PASSWORD = "Audit-Trail-Check-2026";
    static RunningPortal portal;
    static GreenMail smtp;

    @BeforeAll
    static void start() {
        portal = RunningPortal.altered(); // it changes admin's password
        smtp = new GreenMail(new ServerSetup(RunningPortal.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    @Order(1)
    void fiveWrongPasswordsLockTheAddressNotTheOwnerAndTheLockEndsAndGrows() {
        FormClient guesser = new FormClient(portal, "203.0.113.10");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = guesser.login("clinic", "wrong-" + i);
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(wrong.body()).contains(LoginIT.FAILED).doesNotContain(THROTTLED);
        }
        HttpResponse<String> locked = guesser.login("clinic", PASSWORD);
        assertThat(guesser.loggedIn(locked)).as("the right password is refused while locked").isFalse();
        assertThat(locked.body()).contains(THROTTLED);

        FormClient owner = new FormClient(portal, "198.51.100.10");
        assertThat(owner.loggedIn(owner.login("clinic", PASSWORD))).as("the owner elsewhere logs in").isTrue();

        sleep(RunningPortal.LOGIN_LOCK.plusMillis(500));
        assertThat(guesser.login("clinic", "wrong-5").body()).as("tries again after the lock")
                .contains(LoginIT.FAILED);
        assertThat(guesser.login("clinic", PASSWORD).body()).as("the sixth failure locks again")
                .contains(THROTTLED);
        sleep(RunningPortal.LOGIN_LOCK.plusMillis(500));
        assertThat(guesser.login("clinic", PASSWORD).body()).as("twice as long as the first lock")
                .contains(THROTTLED);
        sleep(RunningPortal.LOGIN_LOCK.plusMillis(500));
        assertThat(guesser.loggedIn(guesser.login("clinic", PASSWORD))).as("after the second lock").isTrue();
    }

    /** A guesser holding someone's session is throttled on the current password like at the login, by address. */
    @Test
    @Order(2)
    void guessingTheCurrentPasswordOnTheChangePageIsThrottledLikeALoginAndChangesNothing() {
        String newPassword = "長い新しいパスワードの試験です";
        FormClient guesser = new FormClient(portal, "203.0.113.15");
        assertThat(guesser.loggedIn(guesser.login("testcenter", PASSWORD))).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(guesser, "guess " + i, newPassword)).as("guess %d", i)
                    .contains("現在のパスワードが正しくありません。").doesNotContain(THROTTLED);
        }
        assertThat(changePassword(guesser, PASSWORD, newPassword)).as("the right password does not pass the lock")
                .contains(THROTTLED).doesNotContain("パスワードを変更しました。");

        FormClient owner = new FormClient(portal, "198.51.100.15");
        assertThat(owner.loggedIn(owner.login("testcenter", PASSWORD)))
                .as("the password is unchanged, and the owner elsewhere is not locked out").isTrue();
    }

    private static String changePassword(FormClient browser, String current, String newPassword) {
        return browser.submit("/profile/password.xhtml", "passwordForm", "change",
                Map.of("passwordForm:currentPassword", current, "passwordForm:password", newPassword,
                        "passwordForm:confirmation", newPassword)).body();
    }

    @Test
    @Order(3)
    void basicAuthIsThrottledWith429AndRetryAfter() {
        FormClient script = new FormClient(portal, "203.0.113.20");
        for (int i = 0; i < 5; i++) {
            assertThat(script.basic("/api/v1/requests", "clinic2", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = script.basic("/api/v1/requests", "clinic2", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, RunningPortal.LOGIN_LOCK.toSeconds()));
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(locked.body()).contains("\"status\":429", THROTTLED);

        sleep(RunningPortal.LOGIN_LOCK.plusMillis(500));
        assertThat(script.basic("/api/v1/requests", "clinic2", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void guessesSpreadOverAddressesLockTheAccountBriefly() {
        for (int i = 0; i < 20; i++) {
            FormClient guesser = new FormClient(portal, "203.0.113." + (30 + i / 4)); // 4 per address: none locked
            assertThat(guesser.basic("/api/v1/requests", "osaka-hospital", "wrong-" + i).statusCode())
                    .as("guess %d", i).isEqualTo(401);
        }
        FormClient owner = new FormClient(portal, "198.51.100.30");
        assertThat(owner.basic("/api/v1/requests", "osaka-hospital", PASSWORD).statusCode()).isEqualTo(429);
        sleep(RunningPortal.LOGIN_LOCK.plusMillis(500));
        assertThat(owner.basic("/api/v1/requests", "osaka-hospital", PASSWORD).statusCode())
                .as("the account lock is short").isEqualTo(200);
    }

    @Test
    @Order(5)
    void anUnknownUserCostsAsMuchTimeAsAKnownOne() {
        // Each known try is paired with an unknown one right before or after it (the order alternates), so a change
        // of the machine's load between pairs cancels out; the median of the differences must stay under 50 ms.
        List<Long> knownForm = new ArrayList<>();
        List<Long> formDifferences = new ArrayList<>();
        List<Long> basicDifferences = new ArrayList<>();
        for (int i = 0; i < 16; i++) { // fresh addresses: no throttle in the way; the first round warms up
            FormClient client = new FormClient(portal, "192.0.2." + (10 + i));
            String guess = "wrong-" + i;
            boolean knownFirst = i % 2 == 0;
            long[] form = pair(knownFirst, () -> timedLogin(client, "osaka-hospital2", guess),
                    () -> timedLogin(client, "no-such-user-" + guess, guess));
            long[] basic = pair(knownFirst,
                    () -> millis(() -> client.basic("/api/v1/requests", "osaka-aggregator", guess)),
                    () -> millis(() -> client.basic("/api/v1/requests", "nobody-" + guess, guess)));
            if (i > 0) {
                knownForm.add(form[0]);
                formDifferences.add(form[0] - form[1]);
                basicDifferences.add(basic[0] - basic[1]);
            }
        }
        assertThat(median(knownForm)).as("a known user's check costs PBKDF2 time").isGreaterThan(50);
        assertThat(Math.abs(median(formDifferences))).as("form, known minus unknown: %s", formDifferences)
                .isLessThan(50);
        assertThat(Math.abs(median(basicDifferences))).as("Basic, known minus unknown: %s", basicDifferences)
                .isLessThan(50);
    }

    /** The times of {@code known} and {@code unknown}, measured one right after the other. */
    private static long[] pair(boolean knownFirst, LongSupplier known, LongSupplier unknown) {
        if (knownFirst) {
            long k = known.getAsLong();
            return new long[] {k, unknown.getAsLong()};
        }
        long u = unknown.getAsLong();
        return new long[] {known.getAsLong(), u};
    }

    @Test
    @Order(6)
    void resetRequestsAreLimitedPerAccountAndPerAddress() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        for (int i = 0; i < 5; i++) { // five addresses ask for the same account
            HttpResponse<String> answer = requestReset(new FormClient(portal, "203.0.113." + (60 + i)), "batch");
            assertThat(answer.body()).contains(PasswordResetIT.SENT);
        }
        // Only batch's mails count: the shared portal's outbox may deliver a late retry to this SMTP port meanwhile.
        for (int i = 0; i < 60 && mailsTo("batch@example.jp").size() < 3; i++) {
            Thread.sleep(500);
        }
        Thread.sleep(6000); // a round of the outbox sender more: any fourth mail would be here by now
        List<MimeMessage> toBatch = mailsTo("batch@example.jp");
        assertThat(toBatch).as("three links an hour at most").hasSize(3);
        FormClient reader = new FormClient(portal, "203.0.113.69");
        long usable = 0;
        for (MimeMessage mail : toBatch) {
            if (!reader.get(path(linkIn(mail))).body().contains("このリンクは無効か")) {
                usable++;
            }
        }
        assertThat(usable).as("a newer link revokes the older ones: one of three works").isEqualTo(1);

        FormClient flooder = new FormClient(portal, "203.0.113.70");
        for (int i = 0; i < 10; i++) {
            assertThat(requestReset(flooder, "no-such-user-" + i).body()).contains(PasswordResetIT.SENT);
        }
        assertThat(requestReset(flooder, "no-such-user-x").body())
                .contains("パスワードリセットの要求が続いたため、しばらく受け付けできません。")
                .doesNotContain(PasswordResetIT.SENT);
    }

    @Test
    @Order(7)
    void aPasswordResetInAnotherClientEndsTheSessionsOfTheAccount() throws Exception {
        FormClient first = new FormClient(portal, "198.51.100.60");
        assertThat(first.loggedIn(first.login("admin", PASSWORD))).isTrue();
        assertThat(first.get("/index.xhtml").statusCode()).isEqualTo(200);

        FormClient other = new FormClient(portal, "198.51.100.61");
        smtp.purgeEmailFromAllMailboxes();
        requestReset(other, "admin");
        for (int i = 0; i < 60 && mailsTo("admin@example.jp").isEmpty(); i++) {
            Thread.sleep(500);
        }
        String resetPage = path(linkIn(mailsTo("admin@example.jp").get(0)));
        HttpResponse<String> form = other.get(resetPage);
        HttpResponse<String> done = other.post(form.body(), "resetForm", "change",
                Map.of("resetForm:password", ADMIN_PASSWORD, "resetForm:confirmation", ADMIN_PASSWORD));
        assertThat(done.headers().firstValue("Location")).as(done.body())
                .hasValueSatisfying(location -> assertThat(location).contains("/login.xhtml?reset=true"));

        HttpResponse<String> after = first.get("/index.xhtml");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login.xhtml?expired=true"));
        assertThat(first.get("/index.xhtml").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
        assertThat(first.loggedIn(first.login("admin", ADMIN_PASSWORD))).isTrue();
    }

    @Test
    @Order(8)
    void theAdminReadsAndExportsTheAuditTrailWithFormulasNeutralised() {
        String formula = "=cmd|' /C calc'!A0";
        new FormClient(portal, "203.0.113.80").login(formula, "x"); // a stranger's "user name"

        FormClient admin = new FormClient(portal, "198.51.100.80");
        assertThat(admin.loggedIn(admin.login("admin", ADMIN_PASSWORD))).isTrue();
        assertThat(admin.get("/index.xhtml").body()).contains("システム管理", "監査ログ", "/admin/audit.xhtml");
        HttpResponse<String> page = admin.get("/admin/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("監査ログ", "ログイン失敗", "ログイン成功", "198.51.100.80");

        HttpResponse<String> filtered = admin.post(page.body(), "auditForm", "search",
                Map.of("auditForm:user", "clinic"));
        assertThat(filtered.body()).contains("ログイン制限中の試行", "203.0.113.10", "198.51.100.10")
                .doesNotContain("192.0.2.10");

        HttpResponse<String> csv = admin.post(page.body(), "auditForm", "exportCsv", Map.of("auditForm:user", formula));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("sos-audit-", ".csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).contains("日時", "種別", "操作者", "対象", "接続元アドレス", "詳細");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("ログイン失敗,,'=cmd|' /C calc'!A0,203.0.113.80");
    }

    @Test
    @Order(9)
    void onlyTheSystemAdminOpensTheAuditTrail() {
        FormClient staff = new FormClient(portal, "198.51.100.90");
        assertThat(staff.loggedIn(staff.login("hospital", PASSWORD))).isTrue();
        assertThat(staff.get("/admin/audit.xhtml").statusCode()).isEqualTo(403);
        assertThat(staff.get("/index.xhtml").body()).doesNotContain("/admin/audit.xhtml");
    }

    private static HttpResponse<String> requestReset(FormClient client, String username) {
        return client.submit("/password-reset/request.xhtml", "requestForm", "reset",
                Map.of("requestForm:username", username));
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().contains(address))) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("http://\\S+/password-reset/new\\.xhtml\\?token=[A-Za-z0-9_-]+")
                .matcher((String) mail.getContent());
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group();
    }

    private static String path(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The time of the login post alone (the page is opened before the clock starts). */
    private static long timedLogin(FormClient client, String user, String password) {
        String page = client.get("/login.xhtml").body();
        return millis(() -> client.post(page, "loginForm", "login",
                Map.of("loginForm:username", user, "loginForm:password", password)));
    }

    private static long millis(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void sleep(Duration duration) {
        RunningPortal.sleep(duration.toMillis());
    }
}
