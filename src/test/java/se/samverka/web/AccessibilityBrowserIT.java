package se.samverka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.MailServer;
import se.samverka.testing.SharedServer;

/**
 * WCAG 2.1 AA in the suite (issue 13): Deque's axe-core over every page of the application, public and admin, in
 * Swedish and English, and the participant's and the door's flows by keyboard alone with a visible focus.
 *
 * <p>The pages are the .xhtml files of src/main/webapp (not WEB-INF, not resources): {@link #visits} maps each to
 * the addresses that show it, with the data this class makes. A page without a mapping fails the test, so a new
 * page is never skipped silently. One server, one browser, one login per role.
 */
@ExtendWith({MailServer.class, SharedServer.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserIT {

    /** WCAG 2.0 and 2.1, levels A and AA: what the Swedish law (through EN 301 549) asks for. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The focused element's focus indicator: an outline or a box shadow that is drawn. */
    private static final String FOCUS_INDICATOR = """
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) { return 'nothing has focus'; }
            var s = getComputedStyle(e);
            var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            var shadow = s.boxShadow && s.boxShadow !== 'none';
            if (outline || shadow) { return ''; }
            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim()
                .replace(/\\s+/g, '.') : '') + ' shows no focus (outline ' + s.outlineStyle + ' ' + s.outlineWidth
                + ', box-shadow ' + s.boxShadow + ')';
            """;

    @SharedServer.Url
    URL deploymentUrl;

    private static Browser browser;
    private static Given given;
    private static Data data;
    private static long setUpMillis;

    @BeforeEach
    void setUp() {
        if (browser == null) {
            URI base = Deployments.base(deploymentUrl);
            given = Given.at(base);
            long started = System.nanoTime();
            data = Data.make(given);
            setUpMillis = (System.nanoTime() - started) / 1_000_000;
            browser = Browser.open(base);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * Every page, in its interesting states where that is cheap: no serious or critical violation of WCAG 2.1 A/AA
     * that axe-core finds. The admin pages first (they give the addresses of the scribe's and the wall's pages),
     * then, logged out, the public ones as the public sees them. Every page in Swedish, the public ones in English
     * too; of the admin pages only the start page in English: they all share its layout, and English changes only
     * their texts (an axe run costs about 1.2 s, and the suite has a time budget; docs/performance.md).
     */
    @Test
    @Order(1)
    void everyPageHasNoSeriousOrCriticalViolation() throws IOException {
        List<Visit> visits = visits();
        Set<String> pages = pages();
        Set<String> mapped = visits.stream().map(Visit::page).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unmapped = new TreeSet<>(pages);
        unmapped.removeAll(mapped);
        Set<String> stale = new TreeSet<>(mapped);
        stale.removeAll(pages);
        assertTrue(unmapped.isEmpty(), "These pages have no address in AccessibilityBrowserIT.visits(): " + unmapped
                + ". Add a visit for each (with the parameters it needs) so that it is checked.");
        assertTrue(stale.isEmpty(), "AccessibilityBrowserIT.visits() names pages that do not exist: " + stale);

        List<String> failures = new ArrayList<>();
        List<String> report = new ArrayList<>();
        report.add("# the data made in " + setUpMillis + " ms");
        browser.login(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        for (Visit visit : visits.stream().filter(Visit::admin).toList()) {
            check(visit, visit.page().equals("admin/index.xhtml") ? List.of("sv", "en") : List.of("sv"), failures,
                    report);
        }
        browser.driver().manage().deleteAllCookies();
        for (Visit visit : visits.stream().filter(v -> !v.admin()).toList()) {
            check(visit, List.of("sv", "en"), failures, report);
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "accessibility-axe.txt"), report);
        assertTrue(failures.isEmpty(), failures.size() + " serious or critical WCAG 2.1 AA violations (all findings in "
                + "target/accessibility-axe.txt):\n" + String.join("\n", failures));
    }

    /** A new participant registers by keyboard: fields, sector, a workshop, consent, submit. */
    @Test
    @Order(2)
    void aParticipantRegistersByKeyboardAlone() {
        browser.go("/e/" + data.event.slug() + "/register?lang=sv");
        browser.find(By.id("registration:firstName"));
        tabTo(id("registration:firstName")).sendKeys("Klara");
        tabTo(id("registration:lastName")).sendKeys("Tangentsson");
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("registration:firstName", active().getAttribute("id"), "Shift+Tab goes back a field");
        assertFocusVisible("Shift+Tab");
        assertEquals("Klara", active().getAttribute("value"));
        tabTo(id("registration:email")).sendKeys("klara." + System.nanoTime() + "@degerfors.example");
        tabTo(id("registration:organisation")).sendKeys("Bruksskolan");
        tabTo(id("registration:sector"));
        press(Keys.ARROW_DOWN);
        assertTrue(!browser.find(By.id("registration:sector")).getAttribute("value").isEmpty(), "a sector is chosen");
        tabTo(e -> "radio".equals(e.getAttribute("type")) && e.getAttribute("id").contains("workshop"));
        press(Keys.SPACE);
        press(Keys.ARROW_DOWN);
        assertFocusVisible("a workshop");
        tabTo(id("registration:consentPrivacy"));
        press(Keys.SPACE);
        assertTrue(browser.find(By.id("registration:consentPrivacy")).isSelected(), "consent given by Space");
        tabTo(id("registration:submit"));
        press(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("thanks-heading")));
        assertTrue(browser.find(By.id("registration-status")).getText().startsWith("Bekräftad"),
                browser.find(By.id("registration-status")).getText());
        assertEquals("thanks-heading", active().getAttribute("id"), "focus moves to the thanks");
    }

    /** The participant opens their private page, changes their workshop and saves, then cancels: by keyboard. */
    @Test
    @Order(3)
    void aParticipantChangesAndCancelsOnTheirPrivatePageByKeyboardAlone() {
        browser.go("/r/" + data.manager.manageToken() + "?lang=sv");
        browser.find(By.id("registration-details"));
        tabTo(e -> "radio".equals(e.getAttribute("type")) && e.isSelected());
        for (int i = 0; i < 3 && !labelOf(active()).contains(Data.SECOND_WORKSHOP); i++) {
            press(Keys.ARROW_DOWN);
            assertFocusVisible("arrow " + (i + 1) + " in the workshops");
        }
        assertTrue(active().isSelected() && labelOf(active()).contains(Data.SECOND_WORKSHOP), labelOf(active()));
        tabTo(id("change:save"));
        press(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "sparade"));
        assertEquals(Data.SECOND_WORKSHOP, given.anyone().get("/api/registrations/" + data.manager.manageToken()).json()
                .getJsonArray("sessions").getJsonObject(0).getString("title"), "the other workshop, chosen by arrow");
        tabTo(id("cancel-form:cancel"));
        press(Keys.ENTER);
        browser.waitUntil(driver -> "cancel-form:confirmCancel".equals(active().getAttribute("id")));
        assertFocusVisible("the confirmation");
        press(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-status"), "Avbokad"));
        assertEquals("CANCELLED", given.anyone().get("/api/registrations/" + data.manager.manageToken()).json()
                .getString("status"));
    }

    /** An open survey answered by keyboard: a rating, a choice, a text, save. */
    @Test
    @Order(4)
    void aParticipantAnswersTheSurveyByKeyboardAlone() {
        browser.go("/survey/answer.xhtml?token=" + data.respondent.manageToken() + "&lang=sv");
        browser.find(By.id("survey-intro"));
        tabTo(e -> e.getAttribute("id").startsWith("survey:questions:0:rating"));
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        assertFocusVisible("the rating");
        tabTo(e -> e.getAttribute("id").startsWith("survey:questions:1:single"));
        press(Keys.SPACE);
        tabTo(id("survey:questions:2:text")).sendKeys("Att fråga grannkommunen.");
        tabTo(id("survey:save"));
        press(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("survey-thanks")));
        assertTrue(browser.find(By.id("survey:questions:0:rating:2")).isSelected(), "the third grade, chosen by arrows");
        assertTrue(browser.find(By.id("survey:questions:1:single:0")).isSelected(), "the first option, by Space");
    }

    /** Staff at the door find a person by name and check them in by keyboard. */
    @Test
    @Order(5)
    void staffCheckSomeoneInAtTheDeskByKeyboardAlone() {
        browser.driver().manage().deleteAllCookies();
        browser.login(given.staffAccount(), Given.STAFF_PASSWORD);
        browser.go("/admin/attendance/desk.xhtml?event=" + data.event.id() + "&lang=sv");
        browser.find(By.id("code"));
        tabTo(id("code")).sendKeys(Data.GUEST_LAST_NAME.substring(0, 6), Keys.ENTER);
        browser.find(By.cssSelector("#search-results button"));
        tabTo(e -> "button".equals(e.getTagName()) && isInside(e, "search-results"));
        press(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.attributeContains(By.id("result"), "class", "state-checked-in"));
        assertTrue(browser.find(By.id("result-name")).getText().contains(Data.GUEST_LAST_NAME));
        assertEquals(1, given.organiser().get("/api/events/" + data.event.id() + "/attendance").json()
                .getJsonArray("days").getJsonObject(0).getInt("checkedIn"));
    }

    // --- the pages and their addresses ---------------------------------------------------------------------------

    /**
     * Every page's addresses. A new page needs a line here: {@code admin(page, address)} for pages behind the login
     * (checked as the organiser), {@code open(page, address)} for public ones; {@code state(...)} adds a state reached
     * by an action on the loaded page (e.g. a form sent empty). Addresses take the data of {@link Data}.
     */
    private List<Visit> visits() {
        CreatedEvent demo = data.demo;
        CreatedEvent event = data.event;
        long demoId = demo.id();
        List<Visit> v = new ArrayList<>();
        v.add(admin("admin/index.xhtml", "/admin/"));
        v.add(admin("admin/accounts/index.xhtml", "/admin/accounts/index.xhtml"));
        v.add(admin("admin/attendance/desk.xhtml", "/admin/attendance/desk.xhtml?event=" + demoId));
        v.add(admin("admin/attendance/index.xhtml", "/admin/attendance/index.xhtml?event=" + demoId));
        v.add(admin("admin/attendance/person.xhtml", "/admin/attendance/person.xhtml?event=" + event.id()
                + "&registration=" + data.manager.id()));
        v.add(admin("admin/attendance/walk-in.xhtml", "/admin/attendance/walk-in.xhtml?event=" + demoId));
        v.add(admin("admin/certificates/index.xhtml", "/admin/certificates/index.xhtml?event=" + data.past.id()));
        v.add(admin("admin/dialogue/index.xhtml", "/admin/dialogue/index.xhtml?event=" + demoId));
        v.add(state(admin("admin/dialogue/notes.xhtml", "/admin/dialogue/notes.xhtml?event=" + demoId + "&day="
                + data.demoDay2), "", b -> data.scribeLink = URI.create(b.driver().findElement(By.cssSelector("a.scribe-link"))
                .getAttribute("href")).getPath()));
        v.add(admin("admin/dialogue/questions.xhtml", "/admin/dialogue/questions.xhtml?event=" + demoId + "&day="
                + data.demoDay2));
        v.add(admin("admin/events/edit.xhtml", "/admin/events/edit.xhtml"));
        v.add(admin("admin/events/edit.xhtml", "/admin/events/edit.xhtml?id=" + event.id())); // with the logo's file input
        v.add(admin("admin/mail/index.xhtml", "/admin/mail/index.xhtml"));
        v.add(admin("admin/meetings/index.xhtml", "/admin/meetings/"));
        v.add(admin("admin/meetings/series.xhtml", "/admin/meetings/series.xhtml?id=" + data.demoSeries));
        v.add(admin("admin/meetings/meeting.xhtml", "/admin/meetings/meeting.xhtml?id=" + data.demoMeeting));
        v.add(state(admin("admin/meetings/wall.xhtml", "/admin/meetings/wall.xhtml?id=" + data.demoMeeting), "",
                b -> data.wallLink = URI.create(b.find(By.id("wall-url")).getText()).getPath()));
        v.add(admin("admin/meetings/actions.xhtml", "/admin/meetings/actions.xhtml?series=" + data.demoSeries));
        v.add(admin("admin/meetings/statistics.xhtml", "/admin/meetings/statistics.xhtml?series=" + data.demoSeries));
        v.add(admin("admin/messages/index.xhtml", "/admin/messages/index.xhtml?event=" + demoId));
        v.add(admin("admin/privacy/index.xhtml", "/admin/privacy/"));
        v.add(admin("admin/privacy/event.xhtml", "/admin/privacy/event.xhtml?id=" + demoId));
        v.add(admin("admin/privacy/exports.xhtml", "/admin/privacy/exports.xhtml"));
        v.add(state(admin("admin/privacy/persons.xhtml", "/admin/privacy/persons.xhtml"), "a person found",
                b -> findPerson(b, data.reader.email())));
        v.add(admin("admin/participants/index.xhtml", "/admin/participants/index.xhtml?event=" + demoId));
        // the organiser lists the participants publicly, which the public list below needs (off, it is a 404)
        v.add(state(admin("admin/participants/index.xhtml", "/admin/participants/index.xhtml?event=" + event.id()),
                "public list turned on", AccessibilityBrowserIT::listPublicly));
        v.add(admin("admin/participants/badges.xhtml", "/admin/participants/badges.xhtml?event=" + demoId));
        v.add(admin("admin/program/sessions.xhtml", "/admin/program/sessions.xhtml?event=" + demoId));
        v.add(admin("admin/program/session.xhtml", "/admin/program/session.xhtml?event=" + event.id() + "&id="
                + data.workshop));
        v.add(admin("admin/program/speakers.xhtml", "/admin/program/speakers.xhtml?event=" + demoId));
        v.add(admin("admin/program/themes.xhtml", "/admin/program/themes.xhtml?event=" + demoId));
        v.add(admin("admin/program/timetable.xhtml", "/admin/program/timetable.xhtml?event=" + demoId + "&day="
                + demo.firstDay())); // a day chosen: the other days' buttons unpressed
        v.add(admin("admin/registrations/add.xhtml", "/admin/registrations/add.xhtml?event=" + demoId));
        v.add(admin("admin/registrations/edit.xhtml", "/admin/registrations/edit.xhtml?event=" + event.id() + "&id="
                + data.manager.id()));
        v.add(admin("admin/registrations/import.xhtml", "/admin/registrations/import.xhtml?event=" + demoId));
        v.add(admin("admin/registrations/questions.xhtml", "/admin/registrations/questions.xhtml?event=" + demoId));
        v.add(admin("admin/registrations/sectors.xhtml", "/admin/registrations/sectors.xhtml"));
        v.add(admin("admin/survey/index.xhtml", "/admin/survey/index.xhtml?event=" + demoId));
        v.add(admin("admin/survey/results.xhtml", "/admin/survey/results.xhtml?event=" + demoId));

        v.add(open("index.xhtml", "/"));
        v.add(open("login.xhtml", "/login.xhtml"));
        v.add(state(open("login.xhtml", "/login.xhtml"), "sent empty", AccessibilityBrowserIT::sendEmpty));
        v.add(open("program/public.xhtml", "/e/" + demo.slug()));
        v.add(open("participants/public.xhtml", "/e/" + event.slug() + "/participants"));
        v.add(open("registration/register.xhtml", "/e/" + demo.slug() + "/register"));
        v.add(state(open("registration/register.xhtml", "/e/" + event.slug() + "/register"), "sent empty",
                AccessibilityBrowserIT::sendEmpty)); // the error summary and the messages beside the fields
        v.add(open("registration/manage.xhtml", "/r/" + data.reader.manageToken()));
        v.add(open("registration/manage.xhtml", "/r/" + data.certified.manageToken())); // after the event
        v.add(open("privacy/notice.xhtml", "/privacy/notice.xhtml"));
        v.add(open("accessibility/statement.xhtml", "/tillganglighet"));
        v.add(state(open("accessibility/statement.xhtml", "/tillganglighet"), "feedback sent empty",
                AccessibilityBrowserIT::sendEmpty));
        v.add(open("survey/answer.xhtml", "/survey/answer.xhtml?token=" + data.reader.manageToken()));
        v.add(open("certificate/mine.xhtml", "/certificate/mine.xhtml?token=" + data.certified.manageToken()));
        v.add(open("certificate/verify.xhtml", "/verify/" + data.certificateCode));
        v.add(open("dialogue/table.xhtml", () -> data.scribeLink));
        v.add(open("meeting/checkin.xhtml", () -> data.wallLink));
        v.add(open("meeting/reply.xhtml", () -> data.replyLink()));
        for (String error : List.of("400", "403", "404", "429", "500", "expired")) {
            v.add(open("errors/" + error + ".xhtml", "/errors/" + error + ".xhtml"));
        }
        return v;
    }

    /** The page files of the application: every .xhtml outside WEB-INF and resources, as paths below webapp. */
    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> WEBAPP.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void check(Visit visit, List<String> languages, List<String> failures, List<String> report) {
        String address = visit.address().get();
        for (String language : languages) {
            long loading = System.nanoTime();
            browser.go(address + (address.contains("?") ? "&" : "?") + "lang=" + language);
            browser.find(By.tagName("footer"));
            visit.prepare().accept(browser);
            String where = visit.page() + " (" + language + (visit.state().isEmpty() ? "" : ", " + visit.state()) + ", "
                    + address + ")";
            // An error page has no serious violation either: a page that failed must not pass as checked.
            List<WebElement> error = visit.page().startsWith("errors/") ? List.of()
                    : browser.driver().findElements(By.id("error-title"));
            if (!error.isEmpty()) {
                failures.add(where + ": shows the error page \"" + error.get(0).getText() + "\" instead of the page");
                continue;
            }
            long started = System.nanoTime();
            Results results = axe().analyze(browser.driver());
            report.add("# " + where + ": shown in " + (started - loading) / 1_000_000 + " ms, axe-core in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (results.isErrored()) {
                failures.add(where + ": axe-core failed: " + results.getErrorMessage());
                continue;
            }
            for (Rule rule : results.getViolations()) {
                String line = where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(" "));
                report.add(line);
                if (FAILING_IMPACTS.contains(rule.getImpact())) {
                    failures.add(line);
                }
            }
        }
    }

    private static AxeBuilder axe() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        // The pages have no frames: axe.run in the page itself (legacy mode) rather than a partial run per frame
        // finished in a new blank window, which costs a window per page.
        return new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
    }

    /** Ticks "list the participants publicly" in the registration policy and saves it. */
    private static void listPublicly(Browser browser) {
        WebElement publicList = browser.find(By.id("policy:publicList"));
        if (!publicList.isSelected()) {
            publicList.click();
        }
        browser.clickable(By.id("policy:savePolicy")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
    }

    /** Sends the page's first form as it is: the required fields empty. */
    private static void sendEmpty(Browser browser) {
        WebElement submit = browser.driver().findElement(By.cssSelector("main form [type=submit]"));
        submit.click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error, .ui-messages-error")));
        browser.screenshot("AccessibilityBrowserIT-" + browser.driver().getCurrentUrl().replaceAll("^\\w+://[^/]+/", "")
                .replaceAll("\\W+", "-"));
        Object overlap = ((JavascriptExecutor) browser.driver()).executeScript("""
                var icon = document.querySelector('.ui-messages-error-icon');
                if (!icon) { return 'no icon in the summary'; }
                var a = icon.getBoundingClientRect();
                return Array.from(document.querySelectorAll('.ui-messages-error li')).map(function (li) {
                    var b = li.getBoundingClientRect();
                    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom ? li.textContent : '';
                }).join('');""");
        assertEquals("", overlap, "the summary's icon lies over no message");
    }

    /** The organiser's person tool with what it holds about one person shown. */
    private static void findPerson(Browser browser, String email) {
        browser.driver().findElement(By.id("find:email")).sendKeys(email);
        browser.driver().findElement(By.id("find:search")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("held-counts")));
    }

    private static Visit admin(String page, String address) {
        return new Visit(page, () -> address, true, "", b -> { });
    }

    private static Visit open(String page, String address) {
        return new Visit(page, () -> address, false, "", b -> { });
    }

    private static Visit open(String page, java.util.function.Supplier<String> address) {
        return new Visit(page, address, false, "", b -> { });
    }

    private static Visit state(Visit visit, String state, Consumer<Browser> prepare) {
        return new Visit(visit.page(), visit.address(), visit.admin(), state, prepare);
    }

    /** One page at one address (resolved when it is visited), possibly in a state an action on it brings. */
    private record Visit(String page, java.util.function.Supplier<String> address, boolean admin, String state,
            Consumer<Browser> prepare) {
    }

    // --- keyboard --------------------------------------------------------------------------------------------------

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    /** Presses Tab until the focused element is the one wanted, each stop showing its focus; gives the element. */
    private static WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            WebElement focused = active();
            if (focused.getTagName().equals("body")) {
                continue; // past the page's last element the focus is in the browser's own controls
            }
            assertFocusVisible("Tab no. " + (i + 1));
            if (wanted.test(focused)) {
                return focused;
            }
        }
        return fail("80 presses of Tab did not reach the element on " + browser.driver().getCurrentUrl());
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static void assertFocusVisible(String step) {
        Object problem = ((JavascriptExecutor) browser.driver()).executeScript(FOCUS_INDICATOR);
        assertEquals("", problem, step + " on " + browser.driver().getCurrentUrl());
    }

    private static String labelOf(WebElement input) {
        return browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText();
    }

    private static boolean isInside(WebElement element, String id) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return !!arguments[0].closest('#' + arguments[1])", element, id);
    }

    // --- the data --------------------------------------------------------------------------------------------------

    /**
     * What the pages show: the demo conference (tables, dialogue, check-ins, survey answers, network meetings) and an
     * event of this class with two workshops in one slot, an open survey and registrations for each flow; an event
     * held yesterday with a certificate; an invitation to a meeting for the member's reply page.
     */
    private static final class Data {

        static final String FIRST_WORKSHOP = "Workshop Kompis";
        static final String SECOND_WORKSHOP = "Workshop Grannar";
        static final String GUEST_LAST_NAME = "Dörrsson";

        CreatedEvent demo;
        String demoDay2;
        long demoSeries;
        long demoMeeting;
        CreatedEvent event;
        long workshop;
        Registered manager;
        Registered respondent;
        Registered reader;
        CreatedEvent past;
        Registered certified;
        String certificateCode;
        String memberEmail;
        /** The scribe's link of a demo table, as the organiser's notes page shows it (read in the admin round). */
        String scribeLink;
        /** The wall's check-in link of the demo meeting, as the wall page shows it (read in the admin round). */
        String wallLink;

        static Data make(Given given) {
            Data d = new Data();
            Api organiser = given.organiser();
            JsonObject demo = organiser.get("/api/events").jsonArray().getValuesAs(JsonObject.class).stream()
                    .min(Comparator.comparingLong(e -> e.getJsonNumber("id").longValue())).orElseThrow();
            d.demo = new CreatedEvent(demo.getJsonNumber("id").longValue(), demo.getString("slug"),
                    demo.getString("title"), LocalDate.parse(demo.getString("startDate")));
            d.demoDay2 = demo.getString("endDate");
            d.demoSeries = organiser.get("/api/series").jsonArray().getValuesAs(JsonObject.class).stream()
                    .mapToLong(s -> s.getJsonNumber("id").longValue()).min().orElseThrow();
            d.demoMeeting = organiser.get("/api/series/" + d.demoSeries + "/meetings").jsonArray()
                    .getJsonObject(0).getJsonNumber("id").longValue();

            d.event = given.event(anEvent().withCapacity(40).lastingDays(1));
            d.workshop = given.workshop(d.event, FIRST_WORKSHOP, 10, 20);
            given.workshop(d.event, SECOND_WORKSHOP, 10, 20);
            LocalDateTime now = LocalDateTime.now(STOCKHOLM).withNano(0);
            Api.Reply survey = organiser.post("/api/events/" + d.event.id() + "/survey", """
                    {"questions":[{"kind":"RATING","text":"Vad tycker du om dagen som helhet?"},
                                  {"kind":"SINGLE","text":"Vill du komma nästa år?","options":["Ja","Kanske","Nej"]},
                                  {"kind":"TEXT","text":"Vad tar du med dig?"}],
                     "opens":"%s","closes":"%s"}""".formatted(now.minusHours(1), now.plusDays(14)));
            assertEquals(201, survey.status(), survey.toString());
            d.manager = given.registration(d.event, aRegistration().named("Maja", "Ändrasson").choosing(d.workshop));
            d.respondent = given.registration(d.event, aRegistration().named("Rut", "Svarsson"));
            d.reader = given.registration(d.event, aRegistration().named("Läs", "Sidan").choosing(d.workshop));
            given.registration(d.event, aRegistration().named("Gäst", GUEST_LAST_NAME));

            d.past = given.event(anEvent().heldYesterday().withCapacity(10));
            d.certified = given.registration(d.past, aRegistration().named("Cia", "Intygsson"));
            Api.Reply admitted = given.staff().post("/api/events/" + d.past.id() + "/checkins",
                    "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(d.certified.checkInCode(), d.past.firstDay()));
            assertEquals(201, admitted.status(), admitted.toString());
            assertEquals(200, given.anyone().download("/api/registrations/" + d.certified.manageToken()
                    + "/certificate.pdf").statusCode());
            d.certificateCode = given.anyone().get("/api/registrations/" + d.certified.manageToken()).json()
                    .getString("certificateCode");

            String run = Long.toString(System.nanoTime(), 36);
            long series = organiser.post("/api/series", "{\"name\":\"Tillgänglighetsgruppen %s\"}".formatted(run))
                    .json().getJsonNumber("id").longValue();
            d.memberEmail = "medlem." + run + "@degerfors.example";
            organiser.post("/api/series/" + series + "/members", """
                    {"name":"Mia Medlem","email":"%s","organisation":"Kommunen","sector":"%s"}"""
                    .formatted(d.memberEmail, Sectors.SCHOOL));
            LocalDateTime start = now.plusDays(7).truncatedTo(ChronoUnit.HOURS);
            long meeting = organiser.post("/api/series/" + series + "/meetings", """
                    {"start":"%s","end":"%s","place":"Kommunhuset"}""".formatted(start, start.plusHours(2)))
                    .jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
            Api.Reply invited = organiser.post("/api/meetings/" + meeting + "/invitations", "");
            assertEquals(1, invited.json().getInt("sent"), invited.toString());
            return d;
        }

        /** The reply link in the member's invitation (sent while the admin pages were checked). */
        String replyLink() {
            Matcher link = Pattern.compile("(/m/[A-Za-z0-9_-]{22,43})\\?svar=kan-inte")
                    .matcher(MailServer.textsTo(memberEmail, 1, 120).get(0));
            assertTrue(link.find(), "the invitation has a reply link");
            return link.group(1);
        }
    }
}
