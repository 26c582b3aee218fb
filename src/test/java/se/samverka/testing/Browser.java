package se.samverka.testing;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the driver from the chromium-driver package
 * (Selenium Manager never downloads anything). Override the paths with CHROME_BIN / CHROMEDRIVER.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URI base;

    private Browser(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(URI base) {
        return open(base, new String[0]);
    }

    /** A browser started with more command-line switches (e.g. a fake camera that shows a file). */
    public static Browser open(URI base, String... extraArguments) {
        String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driverPath = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driverPath).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver: apt-get install -y chromium "
                    + "chromium-driver (looked for " + binary + " and " + driverPath + ")");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,1000", "--lang=sv-SE");
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "sv-SE,sv"));
        // the page's console (failed requests, script errors), for a wait that runs out to report
        org.openqa.selenium.logging.LoggingPreferences console = new org.openqa.selenium.logging.LoggingPreferences();
        console.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.WARNING);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    public Browser go(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return waitUntil(ExpectedConditions.elementToBeClickable(by));
    }

    /**
     * Waits up to 20 s; a wait that runs out says where the page stood, for a run whose screenshots are gone. An
     * element that ajax replaced while the condition looked at it means "not yet": Chromium 150's driver reports
     * that as an unknown error ("Node with given id does not belong to the document") rather than as a stale
     * element, which the conditions already retry.
     */
    public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
                try {
                    return condition.apply(page);
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return null;
                } catch (org.openqa.selenium.WebDriverException failed) {
                    if (String.valueOf(failed.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw failed;
                }
            });
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            throw new org.openqa.selenium.TimeoutException(timedOut.getMessage() + "\n" + whereThePageStood(), timedOut);
        }
    }

    private String whereThePageStood() {
        try {
            Object state = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    var messages = Array.from(document.querySelectorAll('.ui-messages, .ui-message, .ui-growl'))
                        .map(function (m) { return m.innerText.trim(); }).filter(function (t) { return t; }).join(' | ');
                    var ajax = typeof PrimeFaces === 'undefined' ? 'no PrimeFaces on the page'
                        : PrimeFaces.ajax.Queue.isEmpty() ? 'no ajax request in flight' : 'an ajax request in flight';
                    var active = document.activeElement;
                    var checked = Array.from(document.querySelectorAll('input[type=radio]:checked'))
                        .map(function (r) { return r.id; }).join(' ');
                    return document.readyState + ', ' + ajax + ', title "' + document.title + '", messages: '
                        + (messages || 'none') + ', focus on ' + (active ? active.id || active.tagName : 'nothing')
                        + ', radios checked: ' + (checked || 'none');
                    """);
            java.util.List<String> console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                    .getAll().stream().map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
            String picture = "wait-ran-out-" + System.currentTimeMillis();
            screenshot(picture);
            return "The page was " + driver.getCurrentUrl() + " (" + state + "; target/screenshots/" + picture
                    + ".png); its console: "
                    + (console.isEmpty() ? "nothing" : String.join(" | ", console.subList(Math.max(0, console.size() - 5),
                            console.size())));
        } catch (RuntimeException unreadable) {
            return "The page could not be read: " + String.valueOf(unreadable.getMessage()).lines().findFirst().orElse("");
        }
    }

    /**
     * Waits until the page has no PrimeFaces ajax request in flight, that is until it has taken the answer to what
     * was just clicked. The database can have the change before the page has the answer, and a click made
     * meanwhile did not reach its radio button in MeetingBrowserIT (why, is not known).
     */
    public void ajaxDone() {
        waitUntil(page -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) page)
                .executeScript("return typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    public void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    public void loginAsAdmin() {
        login(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
    }

    public void login(String username, String password) {
        go("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        clickable(By.id("login:submit")).click();
        waitUntil(ExpectedConditions.urlContains("/admin/"));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Fetches an address as this browser would follow a link to it: with its session cookie. */
    public java.net.http.HttpResponse<byte[]> download(String href) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        var request = java.net.http.HttpRequest.newBuilder(URI.create(href)).header("Accept", "*/*");
        if (session != null) {
            request.header("Cookie", session.getName() + "=" + session.getValue());
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a picture of the page under target/screenshots, for people reading a failed run. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
