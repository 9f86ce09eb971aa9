package fr.budgetcitoyen.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by its own chromedriver (Selenium Manager cannot download anything
 * here). Every page opened through {@link #open} is checked with axe-core: a serious or critical
 * violation of WCAG 2.1 A/AA fails the test, and so does any Content-Security-Policy violation Chromium reports
 * in its console, on a page opened or after a click (checked at each page and when the browser closes).
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");
    private static final int MAX_HEIGHT = 6000;

    final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=fr-FR", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // A form post answered by a redirect may still be loading when the next element is looked up.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    static Browser desktop() {
        return new Browser(1280, 1800);
    }

    static Browser phone() {
        return new Browser(360, 1600);
    }

    /** Opens a page of the portal and checks its accessibility. */
    void open(String path) {
        driver.get(Http.PORTAL + path);
        assertAccessible();
    }

    /** Signs in through the login page. */
    void signIn(String email, String password) {
        open("/login");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        // Signed in or refused, the form post replaces the page: wait for it before going anywhere else.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(submit));
    }

    /** The text of the page's main content. */
    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Replaces what a field holds with {@code value}. */
    void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** The error message shown next to a field ({@code id-message}). */
    String fieldMessage(String id) {
        return driver.findElement(By.id(id + "-message")).getText();
    }

    /** Sets a date field as its picker would: typing into {@code <input type=date>} depends on the locale. */
    void setDate(String id, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
    }

    /** Clicks a button that posts its form, and waits for the page that answers (no stale reads after). */
    void submit(By button) {
        submit(driver.findElement(button));
    }

    void submit(WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(button));
    }

    /** Waits until no ajax request is running (PrimeFaces' go through jQuery): a field may trigger several. */
    void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return !window.jQuery || jQuery.active === 0")));
    }

    /**
     * Chooses an option of a list that ajax requests may re-render: leaving a postal code both searches the communes
     * and autosaves, and a request queued before the choice can put back the list as the server had it. Chosen again
     * until, with no request pending, the option stays chosen.
     */
    void choose(String selectId, String option) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> {
                    waitForAjax();
                    Select list = new Select(d.findElement(By.id(selectId)));
                    if (list.getFirstSelectedOption().getText().equals(option)) {
                        return true;
                    }
                    list.selectByVisibleText(option);
                    return false;
                });
    }

    /** Whether the element left the page (Chromium reports it as stale, or as a node of another document). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    void assertAccessible() {
        assertNoPolicyViolation();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + blocking.stream()
                    .map(r -> "- " + r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " ("
                            + r.getNodes().size() + " element(s): " + r.getNodes().stream().limit(3)
                            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Chromium writes every refused script, style or frame to its console; reading the log empties it. */
    void assertNoPolicyViolation() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        if (!refused.isEmpty()) {
            fail("Content-Security-Policy violations on or before " + driver.getCurrentUrl() + ":\n- "
                    + String.join("\n- ", refused));
        }
    }

    /** Saves the whole page (not only the window) as target/screenshots/NAME.png. */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Dimension window = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 100, MAX_HEIGHT)));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        try {
            assertNoPolicyViolation();
        } finally {
            quit();
        }
    }

    private void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
