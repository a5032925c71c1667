package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.batch.FailedRuns;
import jp.sosportal.institution.boundary.AccountAdministration;
import jp.sosportal.institution.control.AccountInput;
import jp.sosportal.institution.control.AccountQuery;
import jp.sosportal.institution.control.AccountRefusedException;
import jp.sosportal.institution.control.AccountRow;
import jp.sosportal.institution.control.BulkAccountCheck;
import jp.sosportal.institution.entity.AuthAttempt;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.entity.OutboxMail;
import jp.sosportal.notice.boundary.NoticeAdministration;
import jp.sosportal.notice.boundary.Notices;
import jp.sosportal.notice.control.ManualInput;
import jp.sosportal.notice.control.NoticeInput;
import jp.sosportal.notice.control.PublicationInput;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.Notice;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.reporting.boundary.AdminOverview;
import jp.sosportal.reporting.control.AdminFigures;

/**
 * Issue 19, the system admin's boundaries in the container with real callers: only SYSTEM_ADMIN reaches them;
 * accounts are validated (role and scope, taken names, unknown codes), an admin cannot change their own role, the
 * last enabled system admin cannot be disabled or demoted, disabling ends sessions, unlock lifts the throttle, a
 * link goes out through the outbox, the bulk file applies all or nothing; announcements and manuals refuse bad
 * input and are published by the clock. Every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Clock clock;

    @Inject
    Fixtures fixtures;

    @Inject
    AccountAdministration administration;

    @Inject
    NoticeAdministration notices;

    @Inject
    Notices published;

    @Inject
    AdminOverview overview;

    @Inject
    FailedRuns failedRuns;

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    @Test
    void onlyTheSystemAdminReachesTheAdministration() throws Exception {
        World w = fixtures.world();
        List<Call> calls = List.of(
                () -> administration.search(AccountQuery.all(), 0, 10),
                () -> administration.find(idOf(w.user(Role.STAFF))),
                () -> administration.institutionChoices("13"),
                () -> administration.checkBulk("x".getBytes(StandardCharsets.UTF_8)),
                () -> administration.unlock(idOf(w.user(Role.STAFF))),
                () -> notices.notices(),
                () -> notices.manualFile(1),
                () -> overview.figures(),
                () -> failedRuns.within(java.time.Duration.ofDays(7)));
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Login.as(w.user(role), PASSWORD);
            for (int i = 0; i < calls.size(); i++) {
                boolean refused = refused(calls.get(i));
                if (refused != (role != Role.SYSTEM_ADMIN)) {
                    wrong.add("call " + i + " by " + role + (refused ? " refused" : " reached"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theAccountFormOffersActiveInstitutionsOnlyHoweverManyDeactivatedOnesMatchFirst() throws Exception {
        World w = fixtures.world();
        String prefix = "9" + fixtures.suffix();
        tx.begin();
        for (int i = 0; i <= 20; i++) {
            Institution institution = fixtures.institution(prefix + String.format("%02d", i),
                    jp.sosportal.institution.entity.InstitutionType.CLINIC, "13");
            if (i < 20) {
                em.find(Institution.class, institution.getId()).deactivate();
            }
        }
        tx.commit();
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);

        assertEquals(List.of(prefix + "20"), administration.institutionChoices(prefix).stream()
                .map(choice -> choice.code()).toList());
    }

    @Test
    void aNewAccountIsValidatedAtItsFieldsAndMailedALink() throws Exception {
        World w = fixtures.world();
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        String username = "new-staff-" + w.suffix();

        assertEquals(List.of("institution"), fields(() -> administration.create(
                new AccountInput(username, "新規 担当", username + "@example.jp", Role.STAFF, null, null))));
        assertEquals(List.of("prefecture"), fields(() -> administration.create(
                new AccountInput(username, "新規 担当", username + "@example.jp", Role.PREFECTURE, null, null))));
        assertEquals(List.of("institution"), fields(() -> administration.create(
                new AccountInput(username, "新規 担当", username + "@example.jp", Role.STAFF, "0000000000", null))));
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> administration.create(
                new AccountInput(w.user(Role.NATIONAL), "重複", "dup@example.jp", Role.NATIONAL, null, null)));
        assertEquals(List.of(new FieldError("username", "ユーザ名「" + w.user(Role.NATIONAL) + "」は既に使われています。")),
                taken.errors());
        assertTrue(account(username) == null, "nothing was written");

        AccountRow created = administration.create(new AccountInput(" " + username + " ", "新規 担当",
                username + "@example.jp", Role.STAFF, w.hospital(), null));
        assertEquals(username, created.username());
        assertEquals(w.hospital(), created.institutionCode());
        assertTrue(mailsTo(username + "@example.jp").stream()
                .anyMatch(m -> m.getBody().contains("/password-reset/new.xhtml?token=") && m.getBody().contains(username)));
        assertEquals(1, audits(username, AuditKind.ACCOUNT_CHANGED));
        AccountRow found = administration.search(new AccountQuery(username, Role.STAFF, w.hospital(), "13", true,
                null, "lastLoginAt", false), 0, 10).rows().get(0);
        assertEquals(created.id(), found.id());
    }

    @Test
    void anAdminCannotChangeTheirOwnRoleButAnothersAndThatEndsTheirSessions() throws Exception {
        World w = fixtures.world();
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        long self = idOf(w.user(Role.SYSTEM_ADMIN));
        AccountRow me = administration.find(self);
        AccountRefusedException refused = assertThrows(AccountRefusedException.class, () -> administration.update(self,
                me.version(), new AccountInput(null, me.contactName(), me.mail(), Role.NATIONAL, null, null)));
        assertEquals("自分自身の権限や所属は変更できません。ほかのシステム管理者に依頼してください。", refused.getMessage());
        assertEquals(Role.SYSTEM_ADMIN, account(w.user(Role.SYSTEM_ADMIN)).getRole());

        UserAccount national = account(w.user(Role.NATIONAL));
        long epoch = national.getSessionEpoch();
        AccountRow changed = administration.update(national.getId(), national.getVersion(),
                new AccountInput(null, "東京 担当", national.getMail(), Role.PREFECTURE, null, "13"));
        assertEquals(Role.PREFECTURE, changed.role());
        assertEquals("13", changed.prefectureCode());
        UserAccount after = account(w.user(Role.NATIONAL));
        assertTrue(after.getSessionEpoch() > epoch, "the sessions opened as NATIONAL are over");
        assertEquals(1, audits(w.user(Role.NATIONAL), AuditKind.ROLE_CHANGED));
        assertEquals(1, audits(w.user(Role.NATIONAL), AuditKind.ACCOUNT_CHANGED), "the new 担当者名");
    }

    @Test
    void theLastEnabledSystemAdminCannotBeDisabledOrDemoted() throws Exception {
        World w = fixtures.world();
        String other = "admin2-" + w.suffix();
        fixtures.account(other, Role.SYSTEM_ADMIN, null, null);
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        List<Long> othersEnabled = new ArrayList<>();
        try {
            inTransaction(() -> em.createQuery("select a from UserAccount a where a.role = :role and a.enabled = true"
                            + " and a.username not in :kept", UserAccount.class)
                    .setParameter("role", Role.SYSTEM_ADMIN)
                    .setParameter("kept", List.of(w.user(Role.SYSTEM_ADMIN), other)).getResultList()
                    .forEach(a -> {
                        othersEnabled.add(a.getId());
                        a.disable();
                    }));
            UserAccount second = account(other);
            // two admins: the other may be demoted; then this one is the last
            administration.update(second.getId(), second.getVersion(),
                    new AccountInput(null, second.getContactName(), second.getMail(), Role.BATCH_ADMIN, null, null));
            long self = idOf(w.user(Role.SYSTEM_ADMIN));
            AccountRefusedException refused = assertThrows(AccountRefusedException.class,
                    () -> administration.disable(self));
            assertEquals("有効なシステム管理者がいなくなるため、この操作はできません。先にほかのシステム管理者を登録してください。",
                    refused.getMessage());
            assertTrue(account(w.user(Role.SYSTEM_ADMIN)).isEnabled());

            // a disabled admin does not count: enabling the other again makes a second one, who may be disabled
            UserAccount demoted = account(other);
            administration.update(demoted.getId(), demoted.getVersion(),
                    new AccountInput(null, demoted.getContactName(), demoted.getMail(), Role.SYSTEM_ADMIN, null, null));
            administration.disable(demoted.getId());
            assertFalse(account(other).isEnabled());
            assertThrows(AccountRefusedException.class, () -> administration.disable(self));
        } finally {
            inTransaction(() -> othersEnabled.forEach(id -> em.find(UserAccount.class, id).enable()));
        }
    }

    @Test
    void disablingEndsSessionsAndRefusesLinksUntilEnabledAgain() throws Exception {
        World w = fixtures.world();
        Login.as(w.user(Role.STAFF), PASSWORD);
        assertNotNull(account(w.user(Role.STAFF)).getLastLoginAt(), "the login is recorded");
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        UserAccount staff = account(w.user(Role.STAFF));
        long epoch = staff.getSessionEpoch();

        administration.disable(staff.getId());
        UserAccount disabled = account(w.user(Role.STAFF));
        assertFalse(disabled.isEnabled());
        assertTrue(disabled.getSessionEpoch() > epoch);
        assertEquals("無効なアカウントにはパスワード設定用のリンクを送れません。先に有効にしてください。",
                assertThrows(AccountRefusedException.class, () -> administration.sendPasswordLink(staff.getId()))
                        .getMessage());
        assertThrows(IllegalStateException.class, () -> Login.as(w.user(Role.STAFF), PASSWORD),
                "a disabled account cannot log in");

        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        administration.enable(staff.getId());
        administration.sendPasswordLink(staff.getId());
        assertEquals(1, mailsTo(staff.getMail()).size());
        assertEquals(3, audits(w.user(Role.STAFF), AuditKind.ACCOUNT_CHANGED), "disabled, enabled, link sent");
        Login.as(w.user(Role.STAFF), PASSWORD);
    }

    @Test
    void unlockLiftsTheLoginThrottleOfAnAccount() throws Exception {
        World w = fixtures.world();
        String staff = w.user(Role.STAFF);
        LocalDateTime now = LocalDateTime.now(clock);
        inTransaction(() -> {
            for (int i = 0; i < 6; i++) {
                em.persist(new AuthAttempt(AuthAttempt.Kind.LOGIN_FAILURE, staff, "192.0.2.77",
                        now.minusSeconds(i)));
            }
        });
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        AccountRow locked = administration.search(new AccountQuery(staff, null, null, null, null, true, null, true),
                0, 10).rows().get(0);
        assertTrue(locked.isLocked());
        assertTrue(overview.figures().lockedAccounts() >= 1);

        administration.unlock(locked.id());
        assertFalse(administration.find(locked.id()).isLocked());
        assertEquals(0, administration.search(new AccountQuery(staff, null, null, null, null, true, null, true), 0, 10)
                .total());
        assertEquals(1, audits(staff, AuditKind.ACCOUNT_CHANGED));
    }

    @Test
    void theBulkFileListsEveryBadLineAndCreatesNothingUntilAllAreGood() throws Exception {
        World w = fixtures.world();
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        String a = "bulk-a-" + w.suffix();
        String b = "bulk-b-" + w.suffix();
        String bad = "医療機関コード,ユーザ名,担当者名,メールアドレス\n"
                + w.hospital() + "," + a + ",一括 太郎," + a + "@example.jp\n"
                + "0000000000," + b + ",一括 次郎," + b + "@example.jp\n"
                + w.hospital() + "," + a + ",一括 三郎,saburo@example.jp\n"
                + w.hospital() + "," + w.user(Role.NATIONAL) + ",一括 四郎,shiro@example.jp\n"
                + w.hospital() + ",bulk-c-" + w.suffix() + ",一括 五郎,not-a-mail\n";
        BulkAccountCheck check = administration.checkBulk(bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(5, check.accounts());
        assertEquals(List.of(
                "3行目 医療機関コード: 医療機関コード「0000000000」は医療機関マスタに登録されていないか、無効になっています。",
                "4行目 ユーザ名: ユーザ名「" + a + "」がこのファイルの2行目にもあります。",
                "5行目 ユーザ名: ユーザ名「" + w.user(Role.NATIONAL) + "」は既に使われています。",
                "6行目 メールアドレス: メールアドレスの形式が正しくありません(例: tanto@example.jp)。"), check.problems());
        assertThrows(InvalidInputException.class, () -> administration.createBulk(bad.getBytes(StandardCharsets.UTF_8)));
        assertTrue(account(a) == null, "a bad file creates nothing, not even its good lines");

        String good = "医療機関コード,ユーザ名,担当者名,メールアドレス\n"
                + w.hospital() + "," + a + ",一括 太郎," + a + "@example.jp\n"
                + w.hospital() + "," + b + ",一括 次郎," + b + "@example.jp\n";
        assertTrue(administration.checkBulk(good.getBytes(StandardCharsets.UTF_8)).isValid());
        assertEquals(2, administration.createBulk(good.getBytes(StandardCharsets.UTF_8)));
        for (String username : List.of(a, b)) {
            UserAccount created = account(username);
            assertEquals(Role.STAFF, created.getRole());
            assertEquals(w.hospital(), created.getInstitution().getCode());
            assertEquals(1, mailsTo(username + "@example.jp").size());
            assertEquals(1, audits(username, AuditKind.ACCOUNT_CHANGED));
        }
    }

    @Test
    void announcementsAndManualsRefuseBadInputAndArePublishedByTheClock() throws Exception {
        World w = fixtures.world();
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        LocalDate today = LocalDate.now(clock);
        String title = "試験のお知らせ " + w.suffix();

        assertEquals(List.of("title", "until"), fields(() -> notices.saveNotice(null, 0,
                new NoticeInput(" ", "本文", new PublicationInput(today, today.minusDays(1), null)))));
        Notice notice = notices.saveNotice(null, 0, new NoticeInput(title, "<script>alert(1)</script>",
                new PublicationInput(today, null, 0)));
        assertTrue(published.published(50).stream().anyMatch(n -> n.getTitle().equals(title)));
        notices.saveNotice(notice.getId(), notice.getVersion(), new NoticeInput(title, "本文",
                new PublicationInput(today.plusDays(1), null, 0)));
        assertFalse(published.published(50).stream().anyMatch(n -> n.getTitle().equals(title)), "not before its day");

        PublicationInput now = new PublicationInput(today, null, null);
        assertEquals(List.of("file"), fields(() -> notices.saveManual(null, 0, new ManualInput("手引き", now, null,
                "manual.pdf", "<html>a renamed page</html>".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(List.of("file"), fields(() -> notices.saveManual(null, 0, new ManualInput("手引き", now, null,
                "huge.pdf", pdfOf(notices.manualMaxBytes() + 1)))));
        Manual manual = notices.saveManual(null, 0, new ManualInput("手引き " + w.suffix(), now, null,
                "C:\\Users\\admin\\医療機関用マニュアル.pdf", PDF));
        assertEquals("医療機関用マニュアル.pdf", manual.getFileName());
        assertTrue(published.publishedManualFile(manual.getId()).isPresent());
        assertEquals(PDF.length, published.publishedManualFile(manual.getId()).get().content().length);
        Manual ended = notices.saveManual(manual.getId(), manual.getVersion(), new ManualInput("手引き " + w.suffix(),
                new PublicationInput(today.minusDays(3), today.minusDays(1), null), null, null, null));
        assertTrue(ended.isFile(), "an edit without a new file keeps the PDF");
        assertTrue(published.publishedManualFile(manual.getId()).isEmpty(), "no longer published");
        assertTrue(notices.manualFile(manual.getId()).isPresent(), "the admin still sees it");
        notices.deleteManual(manual.getId());
        assertTrue(notices.manualFile(manual.getId()).isEmpty());
        // notice created and changed; manual created, changed and deleted (the subject is the title)
        assertEquals(5, em.createQuery("select count(e) from AuditEvent e where e.kind = :kind and e.subject like :s",
                Long.class).setParameter("kind", AuditKind.NOTICE_CHANGED).setParameter("s", "%" + w.suffix() + "%")
                .getSingleResult());
    }

    @Test
    void theAdminHomeCountsAccountsByRole() throws Exception {
        World w = fixtures.world();
        Login.as(w.user(Role.SYSTEM_ADMIN), PASSWORD);
        AdminFigures figures = overview.figures();
        for (Role role : Role.values()) {
            assertTrue(figures.accountsByRole().get(role) >= 1, role + " counted");
        }
        assertTrue(figures.institutions() >= 1);
        assertTrue(figures.holidayListLastYear() >= 2027);
        assertTrue(failedRuns.within(java.time.Duration.ofDays(7)) >= 0);
    }

    // ---------------------------------------------------------------------------------------------------------

    private UserAccount account(String username) {
        em.clear();
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
    }

    private long idOf(String username) {
        return account(username).getId();
    }

    private List<OutboxMail> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r", OutboxMail.class)
                .setParameter("r", recipient).getResultList();
    }

    private long audits(String subject, AuditKind kind) {
        return em.createQuery("select count(e) from AuditEvent e where e.subject = :s and e.kind = :k", Long.class)
                .setParameter("s", subject).setParameter("k", kind).getSingleResult();
    }

    private static byte[] pdfOf(long size) {
        byte[] content = new byte[(int) size];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    private static boolean refused(Call call) {
        try {
            call.run();
            return false;
        } catch (EJBAccessException e) {
            return true;
        } catch (Exception e) {
            return false; // reached the method, which then said no (a not-found id, a bad file): not an access refusal
        }
    }

    private static List<String> fields(Call call) {
        try {
            call.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        } catch (Exception e) {
            throw new AssertionError("expected invalid input, got " + e, e);
        }
    }

    private void inTransaction(Runnable work) throws Exception {
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }
}
