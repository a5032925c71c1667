package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.sosportal.demo.boundary.DemoData;

/**
 * 祝日データの更新: the system admin uploads the Cabinet Office holiday CSV (CP932, as published). A broken file is
 * refused with its reasons and changes nothing; a good one shows what it adds and takes effect when saved. The
 * file used here adds the year 2028 with one extra day, so no other test's dates move.
 */
class AdminHolidaysIT {

    static final Charset CP932 = Charset.forName("windows-31j");

    @Test
    void aBrokenFileIsRefusedWithItsReasonsAndAGoodOneIsShownThenSaved() throws Exception {
        RunningPortal portal = RunningPortal.get();
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("admin", DemoData.PASSWORD);
            assertThat(browser.driver().findElements(By.id("holidayWarning"))).as("the list runs to 2027").isEmpty();
            browser.click("#adminHolidays");
            browser.waitForUrl("/admin/holidays.xhtml");
            assertThat(browser.find("#inForce").getText()).contains("2027年12月31日まで");

            upload(browser, csv("\n2028/1/1,元日\n2028/2/30,建国記念の日"));
            assertThat(browser.find("[id='upload:file'] ~ .ui-message-error, .ui-message-error").getText())
                    .contains("日付「2028/2/30」を読み取れません");
            assertThat(browser.driver().findElements(By.id("changes"))).isEmpty();

            upload(browser, csv(HOLIDAYS_2028 + "\n2028/6/1,特別な休日"));
            assertThat(browser.find("#listYears").getText()).contains("1955年から2028年まで");
            assertThat(browser.find("#changes\\:added").getText()).contains("2028/06/01(木)", "特別な休日")
                    .doesNotContain("2028/01/10");
            browser.screenshot("admin-holidays-preview");
            browser.click("#changes\\:save");
            assertThat(browser.find(".message-info").getText()).contains("祝日データを保存しました(2028年12月31日まで)");
            assertThat(browser.find("#inForce").getText()).contains("2028年12月31日まで", "admin");
        }
    }

    /** The 2028 holidays by the holiday law, as the Cabinet Office would list them. */
    static final String HOLIDAYS_2028 = """

            2028/1/1,元日
            2028/1/10,成人の日
            2028/2/11,建国記念の日
            2028/2/23,天皇誕生日
            2028/3/20,春分の日
            2028/4/29,昭和の日
            2028/5/3,憲法記念日
            2028/5/4,みどりの日
            2028/5/5,こどもの日
            2028/7/17,海の日
            2028/8/11,山の日
            2028/9/18,敬老の日
            2028/9/22,秋分の日
            2028/10/9,スポーツの日
            2028/11/3,文化の日
            2028/11/23,勤労感謝の日""".stripTrailing();

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.click("#upload\\:preview");
    }

    /** The bundled Cabinet Office file with lines appended, in CP932 as published. */
    private static Path csv(String appended) throws IOException {
        String bundled;
        try (InputStream in = AdminHolidaysIT.class.getResourceAsStream("/jp/sosportal/calendar/control/syukujitsu.csv")) {
            bundled = new String(in.readAllBytes(), CP932);
        }
        Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "syukujitsu", ".csv");
        Files.write(file, (bundled + appended.replaceFirst("^\n+", "\n")).getBytes(CP932));
        return file;
    }
}
