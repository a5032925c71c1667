package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 22: every page of the web module passes axe-core's WCAG 2.0/2.1 A and AA rules (no serious or critical
 * violation), each as a user who may open it and in the state that shows its main widgets: a table with rows, the
 * dialog open, a form with the message a wrong or empty submission gets. The pages are found by listing
 * sos-web's webapp (WEB-INF, the templates and includes, is covered through the pages that use them), so a new
 * page without an entry in {@link #PAGES} fails {@link #everyPageOfTheWebappHasARoleAndAState()} by name.
 * One browser per account visits all of its pages in table order, and a page that fails leaves a screenshot
 * ({@code a11y-<page>-<account>.png}). Nothing is changed beyond what the states need: requests made through the
 * API (one submitted in its dialog), a dry run, the mail settings saved as they were, a reset link and a mail
 * change link mailed and left unused.
 */
class EveryPageAccessibleIT {

    static final Path WEBAPP = Path.of(System.getProperty("sos.root", "..")).resolve("sos-web/src/main/webapp");
    static final String ANONYMOUS = "(anonymous)";
    static final String STAFF = "hospital";
    static final String PREFECTURE = "pref-tokyo";
    static final String NATIONAL = "national";
    static final String AGGREGATOR = "aggregator";
    static final String BATCH = "batch";
    static final String ADMIN = "admin";

    /**
     * Each page, the account that opens it and how it is brought to its state, in the order each account's browser
     * visits them. A new page is one line here: {@code entry(page, account, visit -> visit.open(...)...)}.
     */
    static final List<Entry> PAGES = List.of(
            // public pages; the two mailed links are real links read from the mails (see the States)
            entry("/login.xhtml", ANONYMOUS, States::loginRefused),
            entry("/password-reset/request.xhtml", ANONYMOUS, States::resetRequested),
            entry("/password-reset/new.xhtml", ANONYMOUS, States::mailedResetLinkWithAWeakPassword),
            entry("/notices.xhtml", ANONYMOUS, v -> v.open("/notices.xhtml").waitFor(".notice-item")),
            entry("/faq.xhtml", ANONYMOUS, v -> v.open("/faq.xhtml").waitFor(".faq dt")),
            entry("/manual.xhtml", ANONYMOUS, v -> v.open("/manual.xhtml").waitFor(".manual h2")),
            entry("/contact.xhtml", ANONYMOUS, v -> v.open("/contact.xhtml").waitFor("#helpdesk")),
            // 500 and 503 cannot be caused on purpose from outside: the pages themselves, as they are forwarded to
            entry("/error/500.xhtml", ANONYMOUS, v -> v.open("/error/500.xhtml").waitForText("h1", "エラーが発生しました")),
            entry("/error/503.xhtml", ANONYMOUS, v -> v.open("/error/503.xhtml").waitFor("#unavailable")),
            // institution staff
            entry("/index.xhtml", STAFF, v -> v.open("/index.xhtml").waitFor("#sos")),
            entry("/sos/list.xhtml", STAFF, v -> v.open("/sos/list.xhtml").waitFor("#listForm\\:requests_data a")),
            entry("/sos/new.xhtml", STAFF, v -> v.open("/sos/new.xhtml")
                    .submit("#requestForm\\:save", "#requestForm\\:itemsMessage")),
            entry("/sos/edit.xhtml", STAFF, v -> v.open("/sos/edit.xhtml?id=" + Fixture.draft)
                    .click("#requestForm\\:conditionsConfirmed .ui-chkbox-box")
                    .submit("#requestForm\\:save", "#requestForm\\:conditionsConfirmedMessage")),
            entry("/sos/detail.xhtml", STAFF, v -> v.open("/sos/detail.xhtml?id=" + Fixture.toSubmit)
                    .click("#detailForm\\:precheck").waitFor("#precheckVerdict")
                    .click("#detailForm\\:submit").waitFor("#submitDialog #dialogAccepted")),
            entry("/sos/print.xhtml", STAFF, v -> v.open("/sos/print.xhtml?id=" + Fixture.toSubmit).waitFor(".check-list")),
            entry("/survey/daily.xhtml", STAFF, v -> v.open("/survey/daily.xhtml").type("#dailyForm\\:inpatients", "三")
                    .submit("#dailyForm\\:save", "#dailyForm\\:inpatientsMessage")),
            entry("/survey/weekly.xhtml", STAFF, v -> v.open("/survey/weekly.xhtml")
                    .type("#weeklyForm\\:rows\\:0\\:plannedPurchase", "多数")
                    .submit("#weeklyForm\\:save", "#weeklyForm\\:rows\\:0\\:plannedPurchaseMessage")),
            entry("/profile/confirm.xhtml", STAFF, v -> v.open("/profile/confirm.xhtml")
                    .type("#profileForm\\:mail", "hospital-new@example.jp")
                    .submit("#profileForm\\:save", "#profileForm\\:currentPasswordMessage")),
            entry("/profile/mail.xhtml", STAFF, v -> v.open("/profile/mail.xhtml").submit("#mailForm\\:save", ".message-info")),
            entry("/profile/password.xhtml", STAFF, v -> v.open("/profile/password.xhtml")
                    .submit("#passwordForm\\:change", "#passwordForm\\:currentPasswordMessage")),
            entry("/mail-change/confirm.xhtml", STAFF, States::mailedMailChangeLink),
            entry("/error/403.xhtml", STAFF, v -> v.open("/admin/audit.xhtml").waitForText("h1", "アクセスできません")),
            entry("/error/404.xhtml", STAFF, v -> v.open("/sos/detail.xhtml?id=999999999")
                    .waitForText("h1", "ページが見つかりません")),
            entry("/survey/upload.xhtml", AGGREGATOR, v -> v.open("/survey/upload.xhtml")
                    .submit("#upload\\:dryRun", ".ui-message-error")),
            // reviewers
            entry("/index.xhtml", PREFECTURE, v -> v.open("/index.xhtml").waitFor("#queue")),
            entry("/review/requests.xhtml", PREFECTURE, v -> v.open("/review/requests.xhtml")
                    .click("#tableForm\\:requests_data tr:first-child .ui-chkbox-box")
                    .click("#tableForm\\:bulkConfirm").waitFor("#tableForm\\:bulkConfirmDialog")),
            entry("/review/request.xhtml", PREFECTURE, v -> v.open("/review/request.xhtml?id=" + Fixture.underReview)
                    .type("#reviewForm\\:approved\\:0\\:quantity", "十")
                    .submit("#reviewForm\\:confirm", "#reviewForm\\:approved\\:0\\:quantity ~ .ui-message-error")),
            entry("/review/dashboard.xhtml", PREFECTURE, v -> v.open("/review/dashboard.xhtml").waitFor("#statusTable td")),
            entry("/review/request.xhtml", NATIONAL, v -> v.open("/review/request.xhtml?id=" + Fixture.confirmed)
                    .click("#reviewForm\\:accept").waitFor(".ui-confirm-dialog")),
            // operations
            entry("/batch/index.xhtml", BATCH, States::dryRunWithARejectAndItsLoadConfirmation),
            entry("/index.xhtml", ADMIN, v -> v.open("/index.xhtml").waitFor("#admin")),
            entry("/admin/audit.xhtml", ADMIN, v -> v.open("/admin/audit.xhtml").waitFor("#auditForm\\:events_data td")),
            entry("/admin/holidays.xhtml", ADMIN, States::holidayFilePreviewed),
            entry("/admin/outbox.xhtml", ADMIN, v -> v.open("/admin/outbox.xhtml").waitFor("#outbox\\:mails_data td")),
            entry("/admin/accounts.xhtml", ADMIN, v -> v.open("/admin/accounts.xhtml").waitFor("#tableForm\\:accounts_data td")
                    .click("#accountForm\\:new").submit("#accountForm\\:save", ".ui-message-error")),
            entry("/admin/account-bulk.xhtml", ADMIN, States::bulkAccountsWithABadLine),
            entry("/admin/institutions.xhtml", ADMIN, v -> v.open("/admin/institutions.xhtml")
                    .waitFor("#tableForm\\:institutions_data td")),
            entry("/admin/institution.xhtml", ADMIN, v -> v.open("/admin/institution.xhtml")
                    .submit("#institutionForm\\:save", ".ui-message-error")),
            entry("/admin/institution-import.xhtml", ADMIN, States::masterDryRunWithAReject),
            entry("/admin/notices.xhtml", ADMIN, v -> v.open("/admin/notices.xhtml").waitFor("#noticeForm\\:notices td")
                    .click("#noticeForm\\:new").type("#noticeForm\\:title", "お知らせの確認").type("#noticeForm\\:body", "本文")
                    .click("#noticeForm\\:preview").waitFor("#noticeForm\\:previewBox")),
            entry("/admin/manuals.xhtml", ADMIN, v -> v.open("/admin/manuals.xhtml").click("#manualForm\\:new")
                    .submit("#manualForm\\:save", ".ui-message-error")));

    /** The mailbox the states read their links from, while the walk runs. */
    static Mailbox mailbox;

    @Test
    void everyPageOfTheWebappHasARoleAndAState() throws IOException {
        TreeSet<String> listed = PAGES.stream().map(Entry::page).collect(Collectors.toCollection(TreeSet::new));
        List<String> pages = webappPages();
        assertThat(pages).as("the webapp's pages, read from %s", WEBAPP).isNotEmpty();
        assertThat(pages.stream().filter(page -> !listed.contains(page)).map(page -> page + " にロール・状態がありません"))
                .as("pages without an entry in EveryPageAccessibleIT.PAGES").isEmpty();
        assertThat(listed.stream().filter(page -> !pages.contains(page)).map(page -> page + " はもうありません"))
                .as("entries of pages that are gone").isEmpty();
    }

    @Test
    void everyPageInItsStatePassesAxeForWcag21AA() {
        RunningPortal portal = RunningPortal.get();
        Fixture.prepare(new PortalApi(portal));
        Map<String, List<Entry>> byAccount = PAGES.stream()
                .collect(Collectors.groupingBy(Entry::account, LinkedHashMap::new, Collectors.toList()));
        List<String> failures = new ArrayList<>();
        try (Mailbox mails = Mailbox.start(RunningPortal.SMTP_PORT)) {
            mailbox = mails;
            byAccount.forEach((account, entries) -> {
                try (Browser browser = Browser.desktop(portal)) {
                    if (!ANONYMOUS.equals(account)) {
                        browser.loginToHome(account, DemoData.PASSWORD);
                    }
                    Visit visit = new Visit(browser);
                    entries.forEach(entry -> failures.addAll(check(entry, visit)));
                }
            });
        }
        assertThat(failures).as("pages with serious or critical WCAG 2.1 A/AA violations (or not brought to their "
                + "state)").isEmpty();
    }

    private static List<String> check(Entry entry, Visit visit) {
        List<String> failures = new ArrayList<>();
        String name = entry.page() + " as " + entry.account();
        try {
            entry.state().reach(visit);
        } catch (Exception | AssertionError e) {
            failures.add(name + ": the state was not reached: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Accessibility.wcagViolations(visit.browser).forEach(violation -> failures.add(name + ": " + violation));
        if (!failures.isEmpty()) {
            visit.browser.screenshot("a11y" + entry.page().replace('/', '-').replace(".xhtml", "") + "-" + entry.account());
        }
        return failures;
    }

    static List<String> webappPages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/")).sorted().toList();
        }
    }

    static Entry entry(String page, String account, State state) {
        return new Entry(page, account, state);
    }

    record Entry(String page, String account, State state) {
    }

    /** Brings a page to the state to check; fails (with a message) when the page does not get there. */
    @FunctionalInterface
    interface State {
        void reach(Visit visit) throws Exception;
    }

    /** The verbs a state is written in, on one account's browser. */
    static final class Visit {

        final Browser browser;

        Visit(Browser browser) {
            this.browser = browser;
        }

        Visit open(String path) {
            browser.go(path);
            return this;
        }

        Visit click(String selector) {
            browser.click(selector);
            return this;
        }

        Visit type(String selector, String text) {
            browser.type(selector, text);
            return this;
        }

        Visit waitFor(String selector) {
            browser.find(selector);
            return this;
        }

        Visit waitForText(String selector, String text) {
            browser.waitForText(selector, text);
            return this;
        }

        /** Presses the button and waits for the message it brings (an element of that selector with a text). */
        Visit submit(String button, String message) {
            click(button);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(By.cssSelector(message)).stream()
                            .anyMatch(element -> element.isDisplayed() && !element.getText().isBlank()));
            return this;
        }

        Visit upload(Path file) {
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            return this;
        }

        /** The path and query of the first link to {@code page} in a mail that matches, waiting for the mail. */
        static String mailedLink(Predicate<MimeMessage> wanted, String page) {
            MimeMessage mail = mailbox.await(wanted, Duration.ofSeconds(60))
                    .orElseThrow(() -> new AssertionError("no mail with a link to " + page));
            Matcher link = Pattern.compile("http://\\S+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+")
                    .matcher(Mailbox.body(mail));
            assertThat(link.find()).as("a link to %s in the mail", page).isTrue();
            URI uri = URI.create(link.group());
            return uri.getRawPath() + "?" + uri.getRawQuery();
        }
    }

    /** The states that take more than a line. */
    static final class States {

        static final String RESET_USER = "clinic2";
        static final String NEW_MAIL = "hospital-a11y@example.jp";

        static void loginRefused(Visit v) {
            v.open("/login.xhtml").type("#loginForm\\:username", "no-such-user").type("#loginForm\\:password", "wrong")
                    .submit("#loginForm\\:login", "#loginForm\\:messages .ui-messages-error");
        }

        static void resetRequested(Visit v) {
            v.open("/password-reset/request.xhtml").type("#requestForm\\:username", RESET_USER)
                    .submit("#requestForm\\:reset", "#requestForm\\:messages .ui-messages-info");
        }

        /** The link mailed by the request above, and a password under the 12 characters the rule asks for. */
        static void mailedResetLinkWithAWeakPassword(Visit v) {
            v.open(Visit.mailedLink(Mailbox.subjectContains("パスワード再設定").and(Mailbox.to(RESET_USER + "@example.jp")),
                    "/password-reset/new.xhtml"));
            v.type("#resetForm\\:password", "short1").type("#resetForm\\:confirmation", "short1")
                    .submit("#resetForm\\:change", "#resetForm .ui-message-error");
        }

        /** A new address asked for with the password, and the link mailed to it opened (not confirmed). */
        static void mailedMailChangeLink(Visit v) {
            v.open("/profile/confirm.xhtml").type("#profileForm\\:mail", NEW_MAIL)
                    .type("#profileForm\\:currentPassword", DemoData.PASSWORD).click("#profileForm\\:save");
            v.browser.waitForUrl("/index.xhtml");
            v.open(Visit.mailedLink(Mailbox.subjectContains("メールアドレス変更の確認").and(Mailbox.to(NEW_MAIL)),
                    "/mail-change/confirm.xhtml")).waitFor("#mailForm\\:confirm");
        }

        /** A file with a bad row: the dry run's rejects, then 「取込」's confirmation open. */
        static void dryRunWithARejectAndItsLoadConfirmation(Visit v) throws IOException {
            String yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
            Path file = Files.createDirectories(Path.of("target/e2e-uploads")).resolve("a11y-daily.csv");
            Files.writeString(file, SurveyUploadIT.HEADER + "1330000001," + yesterday + ",0,1,0,0,あり,可能\r\n"
                    + "9999999990," + yesterday + ",0,0,0,0,なし,不可\r\n");
            v.open("/batch/index.xhtml").upload(file).click("#upload\\:dryRun");
            new WebDriverWait(v.browser.driver(), Duration.ofSeconds(90)).until(
                    d -> !d.findElements(By.cssSelector("#runs\\:dryRunRejects")).isEmpty());
            v.click("#runs\\:load").waitFor(".ui-confirm-dialog");
        }

        /** The holiday list as bundled: what it would change (against what is in force) and 「保存」, not pressed. */
        static void masterDryRunWithAReject(Visit v) throws IOException {
            Path file = Files.createDirectories(Path.of("target/e2e-uploads")).resolve("a11y-master.csv");
            Files.writeString(file, "医療機関コード,医療機関名,医療機関種別,都道府県,とりまとめ団体コード,住所,連絡先電話番号,有効\n"
                    + "4799999999,アクセシビリティ歯科,歯科医院,沖縄県,,,,有効\n");
            v.open("/admin/institution-import.xhtml").upload(file).click("#upload\\:dryRun")
                    .waitFor("#runs\\:dryRunRejects td");
        }

        static void bulkAccountsWithABadLine(Visit v) throws IOException {
            Path file = Files.createDirectories(Path.of("target/e2e-uploads")).resolve("a11y-accounts.csv");
            Files.writeString(file, "医療機関コード,ユーザ名,担当者名,メールアドレス\n9999999999,a11y-nobody,名前 なし,not-a-mail\n");
            v.open("/admin/account-bulk.xhtml").upload(file).click("#upload\\:check").waitFor("#problems li");
        }

        static void holidayFilePreviewed(Visit v) throws IOException {
            Path file = Files.createDirectories(Path.of("target/e2e-uploads")).resolve("a11y-syukujitsu.csv");
            try (InputStream bundled = EveryPageAccessibleIT.class
                    .getResourceAsStream("/jp/sosportal/calendar/control/syukujitsu.csv")) {
                Files.copy(bundled, file, StandardCopyOption.REPLACE_EXISTING);
            }
            v.open("/admin/holidays.xhtml").upload(file).submit("#upload\\:preview", "#changes\\:save");
        }
    }

    /** The requests the states show, made through the API for the staff account and the reviewers. */
    static final class Fixture {

        static long draft;
        static long toSubmit;
        static long underReview;
        static long confirmed;

        static void prepare(PortalApi api) {
            draft = create(api);
            toSubmit = create(api);
            underReview = create(api);
            api.submit(STAFF, underReview);
            confirmed = create(api);
            api.submit(STAFF, confirmed);
            api.confirm(PREFECTURE, confirmed);
        }

        private static long create(PortalApi api) {
            return ((Number) api.createRequest(STAFF, "1310000001", List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"),
                    "アクセシビリティ確認").get("id")).longValue();
        }
    }
}
