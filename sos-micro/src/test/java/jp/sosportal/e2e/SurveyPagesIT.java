package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * 「日次調査」 and 「週次調査」 as a user answers them (SPEC.md §3, §4, §9): refusals next to the field with nothing
 * saved, 「前回と同じ」, days-on-hand. Answers are dated weeks back, so the latest answers other tests rely on stay
 * as the demo data made them.
 */
class SurveyPagesIT {

    static final String USER = "testcenter";
    static final String CODE = "1330000001";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    static final DateTimeFormatter API = DateTimeFormatter.ISO_LOCAL_DATE;

    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void theDailySurveyRefusesBadAnswersNextToTheFieldAndSavesAGoodOne() {
        LocalDate day;
        try (Browser browser = loggedIn()) {
            browser.go("/index.xhtml");
            browser.click("#daily");
            browser.waitForUrl("/survey/daily.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("日次調査");
            assertThat(browser.text()).contains("回答日", "基本情報", "診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む)",
                    "PCR検査実施の可否", "可能", "不可", "貴院における検査実施状況", "うち抗原定量検査実施人数",
                    "うち抗原定性検査(簡易キット)実施人数", "新型コロナウイルス感染患者の入退院状況", "入院中", "空床状況",
                    "新型コロナウイルス感染患者受入可能数", "保存");
            Accessibility.assertNoSeriousViolations(browser, "daily survey");
            LocalDate today = LocalDate.parse(browser.find("#dailyForm\\:date_input").getAttribute("value"), SHOWN);
            day = today.minusDays(30);

            assertThat(browser.find("#dailyForm\\:answered").getText()).isEqualTo("この日付の回答は登録済みです。保存すると置き換わります。");
            typeDate(browser, "#dailyForm\\:date_input", day);
            browser.waitForText("#dailyForm\\:answered", "この日付の回答はまだありません。");
            browser.type("#dailyForm\\:antigenQuantitativeTests", "1");
            browser.type("#dailyForm\\:antigenQualitativeTests", "2");
            browser.type("#dailyForm\\:inpatients", "3");
            browser.type("#dailyForm\\:acceptableBeds", "四");
            browser.click("#dailyForm\\:save");
            browser.waitForText("#dailyForm\\:acceptableBedsMessage", "新型コロナウイルス感染患者受入可能数には整数を入力してください。");
            SosPagesIT.assertNextToItsField(browser, "dailyForm:acceptableBedsMessage", "dailyForm:acceptableBeds");

            browser.type("#dailyForm\\:acceptableBeds", "0");
            browser.type("#dailyForm\\:inpatients", "-3");
            browser.click("#dailyForm\\:save");
            browser.waitForText("#dailyForm\\:inpatientsMessage", "0以上の整数を入力してください。");
            SosPagesIT.assertNextToItsField(browser, "dailyForm:inpatientsMessage", "dailyForm:inpatients");
            assertThat(browser.find("#dailyForm\\:inpatients").getAttribute("value")).isEqualTo("-3");
            browser.screenshot("survey-daily-refused");
            Accessibility.assertNoSeriousViolations(browser, "daily survey with refusals");

            browser.type("#dailyForm\\:inpatients", "3");
            typeDate(browser, "#dailyForm\\:date_input", today.plusDays(1));
            browser.click("#dailyForm\\:save");
            browser.waitForText("#dailyForm\\:dateMessage", "未来の日付は指定できません。");
            assertThat(api.get(USER, dailyPath(day)).statusCode()).as("nothing saved yet").isEqualTo(404);

            typeDate(browser, "#dailyForm\\:date_input", day);
            browser.click("#dailyForm\\:save");
            browser.waitForText("#dailyForm\\:messages", "の回答を保存しました。");
            browser.screenshot("survey-daily-saved");
        }
        Map<String, Object> saved = PortalApi.json(api.get(USER, dailyPath(day)).body());
        assertThat(saved).containsEntry("inpatients", 3L).containsEntry("antigenQualitativeTests", 2L)
                .containsEntry("acceptableBeds", 0L);
    }

    @Test
    void theWeeklySurveyCarriesTheLastAnswerForwardAndShowsDaysOnHand() {
        LocalDate day;
        try (Browser browser = loggedIn()) {
            browser.go("/index.xhtml");
            browser.click("#weekly");
            browser.waitForUrl("/survey/weekly.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("週次調査");
            assertThat(browser.text()).contains("①サージカルマスク", "②N95マスク(DS2を含む)", "③アイソレーションガウン",
                    "④アイシールド/フェイスシールド", "⑤非滅菌手袋", "現在の在庫の備蓄見通し", "現在の在庫量", "1週間の使用量",
                    "購入予定量", "前回と同じ", "保存");
            Accessibility.assertNoSeriousViolations(browser, "weekly survey");
            LocalDate today = LocalDate.parse(browser.find("#weeklyForm\\:date_input").getAttribute("value"), SHOWN);
            day = today.minusDays(40);
            typeDate(browser, "#weeklyForm\\:date_input", day);

            browser.click("#weeklyForm\\:carryForward");
            browser.waitForText("#weeklyForm\\:messages", "の回答を読み込みました。");
            // The demo's last answer: masks run out within a week, 500 pieces at 700 a week.
            assertThat(new Select(browser.find("#weeklyForm\\:rows\\:0\\:outlook")).getFirstSelectedOption().getText())
                    .isEqualTo("1週間以内");
            assertThat(browser.find("#weeklyForm\\:rows\\:0\\:stock").getAttribute("value")).isEqualTo("500");
            assertThat(browser.find("#weeklyForm\\:rows\\:0\\:days").getText()).isEqualTo("約5日分");
            assertThat(browser.find("#weeklyForm\\:date_input").getAttribute("value")).isEqualTo(day.format(SHOWN));
            browser.screenshot("survey-weekly-carried-forward");

            browser.type("#weeklyForm\\:rows\\:0\\:stock", "1400");
            browser.find("#weeklyForm\\:rows\\:0\\:stock").sendKeys(Keys.TAB);
            browser.waitForText("#weeklyForm\\:rows\\:0\\:days", "約14日分");
            new Select(browser.find("#weeklyForm\\:rows\\:0\\:outlook")).selectByVisibleText("2～3週間");
            browser.type("#weeklyForm\\:rows\\:4\\:plannedPurchase", "-5");
            browser.click("#weeklyForm\\:save");
            browser.waitForText("#weeklyForm\\:rows\\:4\\:plannedPurchaseMessage", "0以上の整数を入力してください。");
            SosPagesIT.assertNextToItsField(browser, "weeklyForm:rows:4:plannedPurchaseMessage",
                    "weeklyForm:rows:4:plannedPurchase");
            assertThat(api.get(USER, weeklyPath(day)).statusCode()).as("nothing saved yet").isEqualTo(404);
            browser.screenshot("survey-weekly-refused");
            Accessibility.assertNoSeriousViolations(browser, "weekly survey with a refusal");

            browser.type("#weeklyForm\\:rows\\:4\\:plannedPurchase", "100");
            browser.click("#weeklyForm\\:save");
            browser.waitForText("#weeklyForm\\:messages", "の回答を保存しました(5品目)。");

            // Choosing an answered day again shows that answer, to be corrected rather than typed anew.
            browser.go("/survey/weekly.xhtml");
            typeDate(browser, "#weeklyForm\\:date_input", day);
            browser.waitForText("#weeklyForm\\:answered", "この日付の回答は登録済みです。保存すると置き換わります。");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(
                    By.cssSelector("#weeklyForm\\:rows\\:0\\:stock"), "value", "1400"));
            assertThat(browser.find("#weeklyForm\\:rows\\:4\\:plannedPurchase").getAttribute("value")).isEqualTo("100");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) PortalApi.json(
                api.get(USER, weeklyPath(day)).body()).get("items");
        assertThat(items).hasSize(5);
        assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("item", "SURGICAL_MASK")
                .containsEntry("outlook", "TWO_TO_THREE_WEEKS").containsEntry("stock", 1400L));
        assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("item", "NON_STERILE_GLOVES")
                .containsEntry("plannedPurchase", 100L));
    }

    @Test
    void anIdleSessionIsWarnedAboutAndContinuingKeepsWhatWasTyped() {
        try (Browser browser = loggedIn()) {
            browser.go("/survey/daily.xhtml");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            long warningAfter = ((Number) page.executeScript("return PF('idleMonitor').cfg.timeout;")).longValue();
            assertThat(warningAfter).as("the warning comes well before the 30-minute session timeout")
                    .isBetween(60_000L, 25 * 60_000L);
            browser.type("#dailyForm\\:inpatients", "7");

            page.executeScript("$(document).trigger('idle.idleTimer' + PF('idleMonitor').cfg.id);"); // time passes
            assertThat(browser.find("#idleText").getText()).contains("まもなく自動的にログアウトされ");
            assertThat(browser.find("#sessionForm\\:idleDialog").getText()).contains("操作を続ける", "ログアウト");
            browser.screenshot("session-idle-warning");
            Accessibility.assertNoSeriousViolations(browser, "idle warning");

            browser.click("#sessionForm\\:stay");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionForm:idleDialog")));
            assertThat(browser.find("#dailyForm\\:inpatients").getAttribute("value")).isEqualTo("7");
        }
    }

    @Test
    void theSurveysFitAPhoneScreen() {
        try (Browser browser = Browser.phone(portal)) {
            browser.loginToHome(USER, DemoData.PASSWORD);
            assertThat(browser.fitsItsWidth()).as("home at 390×844").isTrue();
            browser.screenshot("phone-home");
            for (String page : List.of("/survey/daily.xhtml", "/survey/weekly.xhtml")) {
                browser.go(page);
                browser.find("h1");
                assertThat(browser.fitsItsWidth()).as("%s scrolls sideways at 390×844", page).isTrue();
                browser.screenshot("phone" + page.replaceAll("[/.]", "-").replace("-xhtml", ""));
            }
        }
        try (Browser browser = Browser.phone(portal)) {
            browser.go("/login.xhtml");
            browser.find("h1");
            assertThat(browser.fitsItsWidth()).as("login at 390×844").isTrue();
            browser.screenshot("phone-login");
        }
    }

    private static Browser loggedIn() {
        Browser browser = Browser.desktop(portal);
        browser.loginToHome(USER, DemoData.PASSWORD);
        return browser;
    }

    /** Types a date as a user would, then leaves the field. */
    private static void typeDate(Browser browser, String cssSelector, LocalDate day) {
        WebElement input = browser.find(cssSelector);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.format(SHOWN), Keys.TAB);
    }

    private static String dailyPath(LocalDate day) {
        return "/api/v1/institutions/" + CODE + "/daily-surveys/" + day.format(API);
    }

    private static String weeklyPath(LocalDate day) {
        return "/api/v1/institutions/" + CODE + "/weekly-surveys/" + day.format(API);
    }
}
