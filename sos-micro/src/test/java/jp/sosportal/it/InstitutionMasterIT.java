package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import jp.sosportal.batch.MasterImports;
import jp.sosportal.batch.job.RejectReport;
import jp.sosportal.e2e.FormClient;
import jp.sosportal.institution.boundary.InstitutionMaster;
import jp.sosportal.institution.control.InstitutionInput;
import jp.sosportal.institution.control.InstitutionQuery;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;

/**
 * Issue 19, the 医療機関マスタ, on the real container and schema (H2, or PostgreSQL with -Ppostgres): only the
 * system admin may use the boundaries; a duplicate code, self-membership and an aggregator in an aggregator are
 * refused at their field with nothing saved; a deactivated institution keeps its history while its staff can no
 * longer log in (form, open session, HTTP Basic); the master import's dry run writes nothing, a clean file is
 * upserted by code whole, and a file with one rejected row changes nothing and reports every rejected row.
 */
@ExtendWith(ArquillianExtension.class)
class InstitutionMasterIT {

    static final String HEADER = "医療機関コード,医療機関名,医療機関種別,都道府県,とりまとめ団体コード,住所,連絡先電話番号,有効\n";
    static final Charset CP932 = Charset.forName("windows-31j");


    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Inject
    InstitutionMaster master;

    @Inject
    MasterImports imports;

    @Test
    void onlyTheSystemAdminMayUseTheMasterAndItsImport() throws Exception {
        String hospital = institution(InstitutionType.HOSPITAL);
        Path file = file(HEADER + newCode() + ",新病院,病院,東京都,,,,\n", StandardCharsets.UTF_8);
        for (Role role : Role.values()) {
            if (role == Role.SYSTEM_ADMIN) {
                continue;
            }
            Login.as(account(role, role == Role.STAFF ? hospital : null), PASSWORD);
            assertRefused(() -> master.count(InstitutionQuery.all()), role);
            assertRefused(() -> master.search(InstitutionQuery.all(), 0, 10), role);
            assertRefused(() -> master.create(input(newCode(), "不正な登録", InstitutionType.CLINIC)), role);
            assertRefused(() -> master.deactivate(id(hospital), 0), role);
            assertRefused(() -> master.addMember(id(hospital), hospital), role);
            assertRefused(() -> imports.start(file, "master.csv", "", false), role);
            assertRefused(imports::executions, role);
        }
        Login.as(account(Role.SYSTEM_ADMIN, null), PASSWORD);
        assertTrue(master.count(InstitutionQuery.all()) > 0);
        assertEquals(hospital, master.find(id(hospital)).code());
    }

    @Test
    void aDuplicateCodeIsRefusedAtTheCodeFieldAndEveryChangeIsAudited() throws Exception {
        String admin = loginAsAdmin();
        String code = newCode();
        InstitutionRow created = master.create(new InstitutionInput(" " + code + " ", "監査 病院", InstitutionType.HOSPITAL,
                "13", "03-1111-2222", "東京都千代田区1-1"));
        assertEquals(code, created.code());
        assertTrue(created.active());

        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> master.create(input(code, "別の病院", InstitutionType.CLINIC)));
        assertEquals(List.of(new FieldError("code", "医療機関コード「" + code + "」は既に登録されています。")),
                duplicate.errors());
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> master.create(new InstitutionInput("12345", "", null, "99", "tel:03", null)));
        assertEquals(List.of("code", "name", "type", "prefecture", "phone"),
                bad.errors().stream().map(FieldError::field).toList());
        assertEquals(1, master.count(new InstitutionQuery(code, null, null, null, null, null, null)));

        InstitutionRow changed = master.update(created.id(), created.version(), new InstitutionInput(code, "監査 総合病院",
                InstitutionType.HOSPITAL, "27", "03-1111-2222", "大阪府大阪市1-1"));
        assertEquals("大阪府", changed.prefectureName());
        assertThrows(StaleVersionException.class, () -> master.update(created.id(), created.version(),
                input(code, "古い版からの保存", InstitutionType.HOSPITAL)));

        assertEquals(List.of("INSTITUTION_CREATED", "INSTITUTION_CHANGED"), auditKinds(code));
        assertEquals(admin, single("select actor from audit_event where subject = '" + code
                + "' and kind = 'INSTITUTION_CHANGED'"));
        assertTrue(single("select detail from audit_event where subject = '" + code
                + "' and kind = 'INSTITUTION_CHANGED'").contains("医療機関名: 監査 病院 → 監査 総合病院"));
    }

    @Test
    void membershipsAreOneLevelDeepAndRefusedAtTheMemberField() throws Exception {
        loginAsAdmin();
        String aggregator = institution(InstitutionType.AGGREGATOR);
        String otherAggregator = institution(InstitutionType.AGGREGATOR);
        String hospital = institution(InstitutionType.HOSPITAL);
        String clinic = institution(InstitutionType.CLINIC);
        master.deactivate(id(clinic), version(clinic));

        assertMemberRefused(aggregator, aggregator, "自分自身をとりまとめ団体の会員にすることはできません。");
        assertMemberRefused(aggregator, otherAggregator,
                "「テスト団体" + otherAggregator + "」はとりまとめ団体のため、他のとりまとめ団体の会員にはできません。");
        assertMemberRefused(hospital, clinic, "「テスト機関" + hospital + "」はとりまとめ団体ではないため、会員を持てません。");
        assertMemberRefused(aggregator, clinic, "「テスト機関" + clinic + "」は無効化されているため選べません。");
        assertMemberRefused(aggregator, "9999999990", "医療機関コード「9999999990」は医療機関マスタに登録されていません。");

        master.addMember(id(aggregator), hospital);
        assertMemberRefused(otherAggregator, hospital,
                "「テスト機関" + hospital + "」は既にとりまとめ団体「テスト団体" + aggregator + "」の会員です。先にそちらから外してください。");
        assertEquals(List.of(hospital), master.members(id(aggregator)).stream().map(InstitutionRow::code).toList());
        assertEquals(aggregator, master.find(id(hospital)).aggregatorCode());
        assertTrue(master.memberCandidates(hospital).isEmpty(), "a member is offered to nobody else");

        InstitutionRow saved = master.find(id(aggregator));
        InvalidInputException typeChange = assertThrows(InvalidInputException.class, () -> master.update(saved.id(),
                saved.version(), input(aggregator, saved.name(), InstitutionType.HOSPITAL)));
        assertEquals("type", typeChange.errors().get(0).field());
        InstitutionRow member = master.find(id(hospital));
        assertThrows(InvalidInputException.class, () -> master.update(member.id(), member.version(),
                input(hospital, member.name(), InstitutionType.AGGREGATOR)));

        master.removeMember(id(aggregator), id(hospital));
        assertTrue(master.members(id(aggregator)).isEmpty());
        assertEquals(List.of("INSTITUTION_MEMBERSHIP_CHANGED", "INSTITUTION_MEMBERSHIP_CHANGED"),
                auditKinds(aggregator));
    }

    @Test
    void aDeactivatedInstitutionKeepsItsHistoryButItsStaffCannotLogIn() throws Exception {
        loginAsAdmin();
        String code = institution(InstitutionType.HOSPITAL);
        String staff = account(Role.STAFF, code);
        inTransaction(() -> em.persist(new DailySurvey(byCode(code), LocalDate.now().minusDays(1),
                new DailyValues(0, 1, 2, 3, true, true), LocalDateTime.now(), staff)));
        FormClient browser = new FormClient(base.toString(), "127.0.0.1");
        assertTrue(browser.loggedIn(browser.login(staff, PASSWORD)));
        assertEquals(200, browser.get("/index.xhtml").statusCode());

        InstitutionRow deactivated = master.deactivate(id(code), version(code));

        assertFalse(deactivated.active());
        HttpResponseCheck.assertExpired(browser.get("/index.xhtml"));
        assertFalse(browser.loggedIn(browser.login(staff, PASSWORD)), "its staff cannot log in");
        assertEquals(401, browser.basic("/api/v1/requests", staff, PASSWORD).statusCode());
        assertEquals("1", single("select count(*) from daily_survey d join institution i on i.id = d.institution_id"
                + " where i.code = '" + code + "'"), "its surveys stay");
        assertEquals("1", single("select count(*) from user_account where username = '" + staff + "'"));
        assertEquals(1, master.count(new InstitutionQuery(code, null, null, null, null, false, null)));
        assertEquals(0, master.count(new InstitutionQuery(code, null, null, null, null, true, null)));
        assertEquals(List.of("INSTITUTION_DEACTIVATED"), auditKinds(code));

        master.reactivate(id(code), version(code));
        assertTrue(browser.loggedIn(browser.login(staff, PASSWORD)), "reactivated, its staff log in again");
    }

    @Test
    void aDryRunOfTheMasterWritesNothingAndTheImportUpsertsByCode() throws Exception {
        String admin = loginAsAdmin();
        String existing = institution(InstitutionType.CLINIC);
        String unchanged = institution(InstitutionType.HOSPITAL);
        String aggregator = newCode();
        String member = newCode();
        String file = HEADER
                + member + ",新しい会員クリニック,診療所,大阪府," + aggregator + ",大阪市北区1-1,06-0000-0001,\n"
                + existing + ",改名クリニック,CLINIC,27,,,,無効\n"
                + unchanged + ",テスト機関" + unchanged + ",病院,13,,,,有効\n"
                + aggregator + ",新しい大阪団体,とりまとめ団体,27,,,,\n";

        JobExecution dryRun = run(file(file, CP932), "master.csv", true);
        assertEquals(BatchStatus.COMPLETED, dryRun.getBatchStatus());
        assertEquals("master.csv: 読込4件、新規2件、更新1件、変更なし1件、除外0件(試行のため取り込んでいません)",
                dryRun.getExitStatus());
        assertEquals("0", single("select count(*) from institution where code in ('" + member + "', '" + aggregator
                + "')"));
        assertEquals("true", single("select case when active then 'true' else 'false' end from institution"
                + " where code = '" + existing + "'"));
        assertEquals("0", single("select count(*) from institution_import"), "staged rows go with the dry run");

        String staff = account(Role.STAFF, existing);
        FormClient browser = new FormClient(base.toString(), "127.0.0.1");
        assertTrue(browser.loggedIn(browser.login(staff, PASSWORD)));
        long versionBefore = version(unchanged);

        JobExecution imported = run(file(file, CP932), "master.csv", false);
        assertEquals("master.csv: 読込4件、新規2件、更新1件、変更なし1件、除外0件", imported.getExitStatus());
        assertEquals("新しい会員クリニック/27/" + aggregator + "/大阪市北区1-1/true", describe(member));
        assertEquals("改名クリニック/27//null/false", describe(existing));
        assertEquals(versionBefore, version(unchanged), "an unchanged row is not written");
        HttpResponseCheck.assertExpired(browser.get("/index.xhtml"));
        assertEquals(List.of("INSTITUTION_MASTER_IMPORTED"), auditKinds("master.csv").stream().distinct().toList());
        assertEquals(admin, single("select actor from audit_event where kind = 'INSTITUTION_MASTER_IMPORTED'"
                + " order by id desc"));

        JobExecution again = run(file(file, StandardCharsets.UTF_8), "master.csv", false);
        assertEquals("master.csv: 読込4件、新規0件、更新0件、変更なし4件、除外0件", again.getExitStatus());
    }

    @Test
    void aMasterFileWithOneRejectedRowChangesNothingAndReportsEveryRejectedRow() throws Exception {
        loginAsAdmin();
        String existing = institution(InstitutionType.HOSPITAL);
        String aggregator = institution(InstitutionType.AGGREGATOR);
        String fresh = newCode();
        Path file = file(HEADER
                + existing + ",名前を変える病院,病院,東京都,,,,\n"
                + fresh + ",新しい病院,病院,東京都,,,,\n"
                + newCode() + ",歯科,歯科医院,東京都,,,,\n"
                + newCode() + ",どこか,病院,東京,,,,\n"
                + aggregator + ",テスト団体" + aggregator + ",とりまとめ団体,東京都," + aggregator + ",,,\n",
                StandardCharsets.UTF_8);

        JobExecution run = run(file, "master-bad.csv", false);

        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertEquals("master-bad.csv: 読込5件、除外3件。除外された行があるため、何も取り込んでいません(すべての行を直してから取り込んでください)。",
                run.getExitStatus());
        assertEquals("テスト機関" + existing, single("select name from institution where code = '" + existing + "'"));
        assertEquals("0", single("select count(*) from institution where code = '" + fresh + "'"));
        assertEquals("0", single("select count(*) from institution_import"));
        List<String> report = Files.readAllLines(RejectReport.reportOf(file), StandardCharsets.UTF_8);
        assertEquals("\uFEFFファイル名,行,列,値,理由", report.get(0));
        assertEquals(3, report.size() - 1);
        assertTrue(report.get(1).startsWith("master-bad.csv,4,医療機関種別,歯科医院,「歯科医院」は医療機関種別として使えません。"),
                report.get(1));
        assertTrue(report.get(2).startsWith("master-bad.csv,5,都道府県,東京,「東京」は都道府県として使えません。"),
                report.get(2));
        assertEquals("master-bad.csv,6,とりまとめ団体コード," + aggregator + ",自分自身をとりまとめ団体の会員にすることはできません。",
                report.get(3));
        assertEquals(3, imports.rejects(run.getExecutionId()).size());
    }

    @Test
    void theTableFiltersSortsAndPagesInTheDatabase() throws Exception {
        loginAsAdmin();
        String marker = "頁" + UUID.randomUUID().toString().substring(0, 6);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String code = newCode();
            codes.add(code);
            master.create(new InstitutionInput(code, marker + "病院" + i, InstitutionType.HOSPITAL, "01", null, null));
        }
        codes.sort(null);
        InstitutionQuery byName = new InstitutionQuery(null, marker, null, "01", null, null,
                List.of(new InstitutionQuery.Sort("name", true)));
        assertEquals(5, master.count(byName));
        assertEquals(List.of(marker + "病院4", marker + "病院3"),
                master.search(byName, 0, 2).stream().map(InstitutionRow::name).toList());
        assertEquals(List.of(marker + "病院0"), master.search(byName, 4, 2).stream().map(InstitutionRow::name).toList());
        assertEquals(0, master.count(new InstitutionQuery(null, marker, InstitutionType.CLINIC, null, null, null,
                null)));
        assertEquals(0, master.count(new InstitutionQuery("病院", null, null, null, null, null, null)),
                "a code filter without a digit matches no code");
        assertEquals(5, master.count(new InstitutionQuery(null, marker, null, null, null, true, null)));
    }

    /** A refused call of a boundary the caller's role may not use. */
    private static void assertRefused(Executable call, Role role) {
        assertThrows(EJBAccessException.class, call, role + " must be refused");
    }

    private void assertMemberRefused(String aggregatorCode, String memberCode, String reason) throws Exception {
        long aggregatorId = id(aggregatorCode);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> master.addMember(aggregatorId, memberCode));
        assertEquals(List.of(new FieldError("member", reason)), refused.errors());
        assertEquals("0", single("select count(*) from institution where aggregator_id = " + aggregatorId
                + " and code = '" + memberCode + "'"));
    }

    private String loginAsAdmin() throws Exception {
        String admin = account(Role.SYSTEM_ADMIN, null);
        Login.as(admin, PASSWORD);
        return admin;
    }

    private String account(Role role, String institutionCode) {
        String username = "master-it-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        fixtures.account(username, role, institutionCode == null ? null : byCode(institutionCode),
                role == Role.PREFECTURE ? "13" : null);
        return username;
    }

    private String institution(InstitutionType type) throws Exception {
        String code = newCode();
        inTransaction(() -> em.persist(new Institution(code, (type == InstitutionType.AGGREGATOR ? "テスト団体"
                : "テスト機関") + code, type, em.find(Prefecture.class, "13"), null, null)));
        return code;
    }

    private static String newCode() {
        return String.valueOf(1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits()) % 8_999_999_999L);
    }

    private static InstitutionInput input(String code, String name, InstitutionType type) {
        return new InstitutionInput(code, name, type, "13", null, null);
    }

    private Institution byCode(String code) {
        return em.createNamedQuery(Institution.BY_CODE, Institution.class).setParameter("code", code)
                .getSingleResult();
    }

    private long id(String code) throws Exception {
        return Long.parseLong(single("select id from institution where code = '" + code + "'"));
    }

    private long version(String code) throws Exception {
        return Long.parseLong(single("select version from institution where code = '" + code + "'"));
    }

    private String describe(String code) throws Exception {
        return single("select i.name || '/' || i.prefecture_code || '/' || coalesce(a.code, '') || '/'"
                + " || coalesce(i.address, 'null') || '/' || case when i.active then 'true' else 'false' end"
                + " from institution i left join institution a on a.id = i.aggregator_id"
                + " where i.code = '" + code + "'");
    }

    private List<String> auditKinds(String subject) throws Exception {
        List<String> kinds = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select kind from audit_event where subject = '" + subject
                     + "' and kind like 'INSTITUTION%' order by id")) {
            while (rs.next()) {
                kinds.add(rs.getString(1));
            }
        }
        return kinds;
    }

    private JobExecution run(Path file, String fileName, boolean dryRun) throws InterruptedException {
        long id = imports.start(file, fileName, "", dryRun);
        for (int i = 0; i < 1200; i++) {
            JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
            BatchStatus status = execution.getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return execution;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    private String single(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
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

    private static Path file(String content, Charset charset) throws Exception {
        Path file = Files.createTempFile("master-it", ".csv");
        Files.writeString(file, content, charset);
        return file;
    }

    /** The answer to a request of a session that has ended: back to the login page, saying why. */
    private static final class HttpResponseCheck {

        static void assertExpired(java.net.http.HttpResponse<String> response) {
            assertEquals(302, response.statusCode());
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.endsWith("/login.xhtml?expired=true"), location);
        }
    }
}
