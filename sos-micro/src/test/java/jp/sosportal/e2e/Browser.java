package jp.sosportal.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium, with the flags this closed network needs (DESIGN.md §4). Each
 * test saves screenshots under {@code target/screenshots/}, so a reviewer sees Japanese text, not boxes.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /**
     * Closed browsers kept for the next test, by window size: a Chromium start costs ~2.5 s and a CPU second or
     * two, and the suite opens ~80 (issue 18). A browser comes back only emptied — on about:blank, no cookies, no
     * storage of the origin it served, its console read — and is quit when that fails; at the JVM's end all are.
     */
    private static final Map<Dimension, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(
                ChromeDriver::quit))));
    }

    private final ChromeDriver driver;
    private final String origin;
    /** The window size it is kept under when closed; null for a browser that is not kept (downloads, network). */
    private final Dimension keptAs;

    private Browser(ChromeDriver driver, String origin, Dimension keptAs) {
        this.driver = driver;
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        this.keptAs = keptAs;
    }

    public static Browser open(RunningPortal portal, int width, int height) {
        return open(portal.uri("").toString(), width, height);
    }

    /** A browser on any deployment of the portal, e.g. an Arquillian one: {@code origin} is http://host:port. */
    public static Browser open(String origin, int width, int height) {
        return open(origin, width, height, null, false);
    }

    /** A desktop browser that records the network (answers' headers): {@link #answerHeader} reads them. */
    public static Browser recordingNetwork(String origin) {
        return open(origin, 1280, 900, null, true);
    }

    private static Browser open(String origin, int width, int height, Path downloads, boolean network) {
        Dimension size = new Dimension(width, height);
        boolean keepable = downloads == null && !network;
        ChromeDriver idle = keepable ? IDLE.computeIfAbsent(size, any -> new ConcurrentLinkedDeque<>()).poll() : null;
        return new Browser(idle != null ? idle : start(size, downloads, network), origin, keepable ? size : null);
    }

    private static ChromeDriver start(Dimension size, Path downloads, boolean network) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("sos.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("sos.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=ja-JP",
                        "--user-data-dir=" + profileDir());
        // the console (LogType.BROWSER), e.g. for Content-Security-Policy violations (issue 13)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (network) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** A desktop browser that saves downloads into {@code downloads} without asking. */
    public static Browser downloading(RunningPortal portal, Path downloads) {
        return open(portal.uri("").toString(), 1280, 900, downloads, false);
    }

    public static Browser desktop(RunningPortal portal) {
        return open(portal, 1280, 900);
    }

    public static Browser phone(RunningPortal portal) {
        return open(portal, 390, 844);
    }

    public Browser go(String path) {
        driver.get(origin + path);
        return this;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public void type(String cssSelector, String text) {
        WebElement input = find(cssSelector);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String cssSelector) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
    }

    /** Waits until the element shows the text (ajax updates); returns the element's whole text. */
    public String waitForText(String cssSelector, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
        } catch (TimeoutException e) {
            throw new AssertionError("no \"" + text + "\" in " + cssSelector + "; the page says: " + shown(), e);
        }
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** True when the page does not scroll sideways (phones: tables may scroll inside themselves). */
    public boolean fitsItsWidth() {
        Object fits = driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /**
     * Opens {@code otherPage} 26 times in another tab, then comes back to this one: a session keeps the view beans
     * of its last 25 views (Mojarra), so this page's bean is gone when its next button is pressed.
     */
    public void pushOutThisPagesBean(String otherPage, String shownMark) {
        String thisTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        for (int view = 0; view < 26; view++) {
            go(otherPage).find(shownMark);
        }
        driver.close();
        driver.switchTo().window(thisTab);
    }

    /** Waits for the address; when it does not come, the failure says what the page said instead (a refusal?). */
    public void waitForUrl(String fragment) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(fragment));
        } catch (TimeoutException e) {
            throw new AssertionError("still on " + driver.getCurrentUrl() + " instead of " + fragment
                    + "; the page says: " + shown(), e);
        }
    }

    private String shown() {
        String shown = text();
        return shown.substring(0, Math.min(shown.length(), 1000));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The console's errors since the last call (a refused script under the CSP is one). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * The header {@code name} of the last answer to a URL containing {@code urlPart} since the last call, from the
     * network record of a {@link #recordingNetwork} browser; null when none.
     */
    public String answerHeader(String urlPart, String name) {
        String found = null;
        Pattern header = Pattern.compile(
                "\"" + Pattern.quote(name) + "\":\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            String message = entry.getMessage();
            if (message.contains("\"Network.responseReceived\"") && message.contains(urlPart)) {
                Matcher matcher = header.matcher(message);
                if (matcher.find()) {
                    found = matcher.group(1);
                }
            }
        }
        return found;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves the page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in through the login page as a user would. */
    public Browser login(String username, String password) {
        go("/login.xhtml");
        type("#loginForm\\:username", username);
        type("#loginForm\\:password", password);
        click("#loginForm\\:login");
        return this;
    }

    /** Logs in and waits for the home page: the start of most browser tests. */
    public Browser loginToHome(String username, String password) {
        login(username, password);
        waitForUrl("/index.xhtml");
        return this;
    }

    @Override
    public void close() {
        if (keptAs == null || !emptied()) {
            driver.quit();
            return;
        }
        IDLE.get(keptAs).push(driver);
    }

    /** Leaves nothing of this test for the next: false when the browser cannot be emptied (then it is quit). */
    private boolean emptied() {
        try {
            driver.get("about:blank"); // a page that refuses to be left (an open prompt) stays: not kept
            if (!"about:blank".equals(driver.getCurrentUrl()) || driver.getWindowHandles().size() != 1) {
                return false;
            }
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            driver.manage().logs().get(LogType.BROWSER); // read: the next test's console starts empty
            driver.manage().window().setSize(keptAs);
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static String profileDir() {
        try {
            Path base = Files.createDirectories(Path.of("target/chromium-profiles"));
            return Files.createTempDirectory(base, "profile").toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
