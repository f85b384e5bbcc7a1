package org.palabre.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through ChromeDriver, with JavaScript on or off, in one language. It
 * records every request the pages make (WebDriver BiDi) and every error the browser console shows (Chrome's
 * log, which also carries Content-Security-Policy violations and failed loads). Nothing is downloaded: the
 * browser and driver are the installed ones, or the test is skipped (and fails on CI, which must run it).
 */
public final class Browser implements AutoCloseable {

    public enum JavaScript {
        ON,
        OFF
    }

    private static final Path CHROMIUM = Path.of(System.getProperty("palabre.it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("palabre.it.chromedriver", "/usr/bin/chromedriver"));

    // Selenium warns on every start that it has no DevTools classes for this Chrome: it needs none here.
    private static final Logger CDP_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final Map<URI, Integer> responses = new ConcurrentHashMap<>();
    private final List<String> consoleErrors = new ArrayList<>();

    private Browser(URI base, JavaScript javaScript, String language) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("palabre-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        language,
                        "profile.managed_default_content_settings.javascript",
                        javaScript == JavaScript.ON ? 1 : 2));
        options.setCapability("webSocketUrl", true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        CDP_WARNINGS.setLevel(Level.SEVERE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        try {
            Network network = new Network(driver);
            network.onBeforeRequestSent(
                    sent -> requests.add(URI.create(sent.getRequest().getUrl())));
            network.onResponseCompleted(done -> responses.put(
                    URI.create(done.getRequest().getUrl()),
                    done.getResponseData().getStatus()));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A fresh browser (new profile, no cookies) for the Palabre at base; skipped where none is installed. */
    public static Browser open(URL base, JavaScript javaScript, String language) {
        requireInstalled();
        try {
            return new Browser(onLocalhost(base.toURI()), javaScript, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The test server runs on this machine but Arquillian names it by its network address. Chrome treats
     * http://localhost as a secure context, as it would the https address Palabre has in production; on any
     * other plain-http address it ignores the headers meant for https (Cross-Origin-Opener-Policy) and logs
     * an error about each of them.
     */
    private static URI onLocalhost(URI base) throws URISyntaxException {
        try {
            InetAddress address = InetAddress.getByName(base.getHost());
            if (address.isLoopbackAddress()
                    || address.isAnyLocalAddress()
                    || NetworkInterface.getByInetAddress(address) != null) {
                return new URI(base.getScheme(), null, "localhost", base.getPort(), base.getPath(), null, null);
            }
        } catch (IOException e) {
            // an address that cannot be looked up is used as it is
        }
        return base;
    }

    private static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ". Install them with: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing + " (CI=true: browser tests fail rather than skip)");
        }
        Assumptions.abort(missing);
    }

    /** Loads a page of this Palabre, as typing its address would. */
    public Browser visit(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.cssSelector(cssSelector)));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The element's text, read again if the page was still being replaced (after a redirect) when first found. */
    public String text(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.cssSelector(cssSelector)).getText());
    }

    /**
     * Replaces what the field with this id holds by what a person types. Typing again is harmless, so it is
     * retried when the page was still being replaced (a redirect finishing) as the field was found.
     */
    public Browser type(String fieldId, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    WebElement field = d.findElement(By.id(fieldId));
                    field.clear();
                    field.sendKeys(text);
                    return true;
                });
        return this;
    }

    /** Clicks, then waits for the page that the click loads (a form post or link, no JavaScript needed). */
    public Browser click(String cssSelector) {
        // A page still being replaced (a redirect finishing) may drop the element between finding and
        // clicking; Chrome then refuses the click, so nothing was sent and finding it again is safe.
        WebElement clicked = new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.cssSelector(cssSelector));
                    try {
                        element.click();
                        return element;
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(clicked));
        // A form post answered by a redirect replaces the document twice: wait for the last one to be complete.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether the element left the document. Chrome reports a node caught as its page is being replaced as
     * "does not belong to the document" rather than as stale; both mean the same here.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    public Optional<Cookie> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name));
    }

    /**
     * Every URL the pages requested so far: what BiDi reported (it reports asynchronously, so this first waits
     * for the current page's own request), plus what the current page's timing records list, which also
     * holds the browser's own fetches for the page, such as its icon.
     */
    public List<URI> requests() {
        URI page = URI.create(driver.getCurrentUrl());
        new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(20))
                .withMessage(() -> "BiDi did not report the request for " + page + ", only " + requests)
                .until(unused -> requests.contains(page));
        Object timed = driver.executeScript("return performance.getEntries()"
                + ".filter(e => e.entryType === 'navigation' || e.entryType === 'resource').map(e => e.name);");
        Set<URI> all = new LinkedHashSet<>(requests);
        ((List<?>) timed).forEach(url -> all.add(URI.create(url.toString())));
        return List.copyOf(all);
    }

    /** The status of the response to this page's request for path, once BiDi has reported it. */
    public int responseStatus(String path) {
        URI url = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        return new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(20))
                .withMessage(() -> "no response to " + url + " reported; responses: " + responses)
                .until(unused -> responses.get(url));
    }

    public List<URI> requestsToOtherOrigins() {
        return requests().stream()
                .filter(uri -> !origin(uri).equals(origin(base)))
                .toList();
    }

    /**
     * The errors the console showed so far: script errors, policy violations, failed loads. Chrome's own
     * request for /favicon.ico is left out: the page did not ask for it.
     */
    public List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("/favicon.ico ")) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(consoleErrors);
    }

    /** For what the methods above do not cover; WebDriver's executeScript works even with JavaScript off. */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }
}
