package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aBreak;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;

import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.demo.DemoConference;
import se.samverka.testing.Api;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.SharedServer;

/**
 * People clicking through the programme in real Chromium: the public page, the language switch, the editor.
 * The tests make their own events, except the one that shows the demo conference as visitors see it.
 */
@ExtendWith(SharedServer.class)
class ProgrammeBrowserIT {

    private static final String DEMO = "/e/" + DemoConference.SLUG;

    @SharedServer.Url
    URL deploymentUrl;

    private Browser browser;
    private URI base;

    @BeforeEach
    void openBrowser() {
        base = Deployments.base(deploymentUrl);
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    /**
     * Tests the demo data on purpose: the public programme of the Degerfors demo conference (loaded at start,
     * see SharedServer) as visitors see it, with its speakers, which no API can make; its screenshot shows
     * the demo. It only reads the demo.
     */
    @Test
    void theDemoConferencesProgrammeIsInSwedishAndSwitchesToEnglish() {
        browser.go(DEMO);
        assertEquals("Samverkanskonferens Degerforsmodellen", browser.find(By.id("event-title")).getText());
        assertEquals("sv", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        String swedish = browser.text();
        assertTrue(swedish.contains("Program"), swedish);
        assertTrue(swedish.contains("Risk- och skyddsfaktorer i det förebyggande arbetet"));
        assertTrue(swedish.contains("Henrik Andershed"));
        assertTrue(swedish.contains("Örebro universitet"));
        assertTrue(swedish.contains("Talare"));

        browser.clickable(By.id("lang-en")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Speakers"));
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        String english = browser.text();
        assertTrue(english.contains("Programme"), english);
        assertTrue(english.contains("Download the programme (PDF)"));

        browser.go(DEMO);
        assertTrue(browser.text().contains("Speakers"), "the choice of language lasts for the visit");
    }

    @Test
    void adminPagesAskForALogin() {
        CreatedEvent event = Given.at(base).event(anEvent().titled("Nätverksträff "
                + UUID.randomUUID().toString().substring(0, 8)));
        browser.go("/admin/");
        browser.waitUntil(ExpectedConditions.urlContains("/login.xhtml"));
        browser.type(By.id("login:username"), "admin");
        browser.type(By.id("login:password"), "fel-lösenord");
        browser.clickable(By.id("login:submit")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Fel användarnamn eller lösenord."));

        browser.loginAsAdmin();
        assertTrue(browser.text().contains(event.title()), "the events are listed once logged in");
        browser.clickable(By.id("logout-form:logout")).click();
        browser.waitUntil(ExpectedConditions.urlContains("loggedOut=true"));
        browser.go("/admin/");
        browser.waitUntil(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /**
     * Types every kind of date and time field of the event form as a person does: a click into the field, a
     * pause (the calendar used to take the focus about 300 ms after the click and swallow the typing), then
     * keystrokes. A bad date gets a clear message; the good ones are saved, as the API shows.
     */
    @Test
    void anOrganiserTypesDatesIntoTheEventForm() {
        CreatedEvent event = Given.at(base).event(anEvent().lastingDays(1));
        Api organiser = Api.anonymous(base).asAdmin();
        java.time.LocalDate newStart = event.firstDay().plusDays(7);
        browser.loginAsAdmin();
        browser.go("/admin/events/edit.xhtml?id=" + event.id());

        typeSlowly("event:startDate_input", "2027-13-45");
        browser.clickable(By.id("event:save")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Ange datumet som ÅÅÅÅ-MM-DD."));

        typeSlowly("event:startDate_input", newStart.toString());
        typeSlowly("event:endDate_input", newStart.plusDays(1).toString());
        typeSlowly("event:registrationCloses_input", newStart.minusDays(2) + " 16:45");
        browser.type(By.id("event:contactName"), "Anna Berglund");
        browser.type(By.id("event:reminderDays"), "3");
        browser.clickable(By.id("event:save")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "är sparade"));
        JsonObject saved = organiser.get("/api/events/" + event.id()).json();
        assertEquals(newStart.toString(), saved.getString("startDate"), saved.toString());
        assertEquals(newStart.plusDays(1).toString(), saved.getString("endDate"));
        assertEquals(newStart.minusDays(2).atTime(16, 45).toString() + ":00", saved.getString("registrationCloses"));
        assertEquals("Anna Berglund", saved.getString("contactName"));
        assertEquals(3, saved.getInt("reminderDays"));

        typeSlowly("days:dayList:0:dayStart_input", "09:45");
        browser.clickable(By.id("days:dayList:0:saveDay")).click();
        browser.waitUntil(driver -> "09:45:00".equals(organiser.get("/api/events/" + event.id()).json()
                .getJsonArray("days").getJsonObject(0).getString("startsAt")));
    }

    /**
     * An organiser adds a registration question, then makes a copy of the event from its page, typing the
     * new start date: they land on the copy's page, a draft, whose registration form asks the same question.
     */
    @Test
    void anOrganiserCopiesAnEventWithItsQuestionsToNewDates() {
        CreatedEvent event = Given.at(base).event(anEvent().lastingDays(1));
        Given.at(base).room(event, "Stora salen", 90);
        Api organiser = Api.anonymous(base).asAdmin();
        browser.loginAsAdmin();
        browser.go("/admin/registrations/questions.xhtml?event=" + event.id());
        browser.type(By.id("question:textSv"), "Vilken skola arbetar du på?");
        browser.clickable(By.id("question:saveQuestion")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("questionList"),
                "Vilken skola arbetar du på?"));

        browser.go("/admin/events/edit.xhtml?id=" + event.id());
        java.time.LocalDate newStart = event.firstDay().plusWeeks(52);
        typeSlowly("copy:copyStart_input", newStart.toString());
        browser.type(By.id("copy:copyTitle"), "Kopian " + event.title());
        browser.clickable(By.id("copy:makeCopy")).click();
        browser.waitUntil(driver -> !driver.getCurrentUrl().endsWith("id=" + event.id())
                && driver.getCurrentUrl().contains("edit.xhtml?id="));
        String url = browser.driver().getCurrentUrl();
        long copyId = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
        assertTrue(browser.find(By.id("publication-state")).getText().contains("Utkast"), browser.text());
        JsonObject copy = organiser.get("/api/events/" + copyId).json();
        assertEquals(newStart.toString(), copy.getString("startDate"));
        assertEquals("Kopian " + event.title(), copy.getString("title"));
        assertEquals("Stora salen", copy.getJsonArray("rooms").getJsonObject(0).getString("name"));

        browser.go("/admin/registrations/questions.xhtml?event=" + copyId);
        assertTrue(browser.find(By.id("questionList")).getText().contains("Vilken skola arbetar du på?"));
        browser.go("/admin/events/edit.xhtml?id=" + copyId);
        browser.clickable(By.id("publishing:publish")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-state"), "Publicerat"));
        assertTrue(organiser.get("/api/events/" + copyId).json().getBoolean("published"));
    }

    /** Clicks into the field, waits as a person would, selects what is there and types over it. */
    private void typeSlowly(String id, String text) {
        WebElement input = browser.clickable(By.id(id));
        input.click();
        new Actions(browser.driver()).pause(Duration.ofMillis(600)).perform();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(text);
        assertEquals(text, input.getAttribute("value"), "the typed text stays in " + id);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /**
     * On an event of its own whose first day has neighbours around lunch, as a conference day has: the new
     * session lands on the lunch break and is dragged down into the talk after it, so the entry overlaps
     * others both before and after the move (as it did on the demo conference).
     */
    @Test
    void anOrganiserCreatesASessionMovesItAndTheProgrammeShowsIt() {
        Api api = Api.anonymous(base);
        Given given = Given.at(base);
        CreatedEvent conference = given.event(anEvent().lastingDays(2));
        given.room(conference, "Stora salen", 90);
        given.room(conference, "Matsalen", 100);
        given.session(conference, aTalk("Vad tjänar vi på att arbeta förebyggande?").from("11:00").to("12:00")
                .in("Stora salen"));
        given.session(conference, aBreak("Lunch").from("12:00").to("13:00").in("Matsalen"));
        given.session(conference, aTalk("Brottsprevention – effektiv samordning för trygghet").from("13:00")
                .to("14:15").in("Stora salen"));
        given.session(conference, aBreak("Fika").from("14:15").to("14:30").in("Matsalen"));
        long event = conference.id();
        browser.loginAsAdmin();

        browser.go("/admin/program/session.xhtml?event=" + event);
        browser.type(By.id("session-form:title"), "Nätverksfika för förskolan");
        fill(browser, "session-form:start", "12:15");
        fill(browser, "session-form:end", "12:45");
        browser.clickable(By.id("session-form:save")).click();
        browser.waitUntil(ExpectedConditions.urlContains("sessions.xhtml"));
        assertTrue(browser.text().contains("Nätverksfika för förskolan"));
        JsonObject created = session(api, event, "Nätverksfika för förskolan");
        assertEquals(conference.firstDay().atTime(12, 15), java.time.LocalDateTime.parse(created.getString("start")),
                "on the first day, which the form starts from");
        assertTrue(created.getString("start").endsWith("T12:15:00"), created.toString());
        long id = created.getJsonNumber("id").longValue();

        browser.go("/admin/program/timetable.xhtml?event=" + event);
        dragUntilSaved(browser, id, () -> !session(api, event, "Nätverksfika för förskolan").getString("start")
                .endsWith("T12:15:00"));
        JsonObject moved = session(api, event, "Nätverksfika för förskolan");
        String movedStart = moved.getString("start");
        assertTrue(movedStart.compareTo(created.getString("start")) > 0, movedStart);
        assertEquals(java.time.Duration.ofMinutes(30), java.time.Duration.between(
                java.time.LocalDateTime.parse(movedStart), java.time.LocalDateTime.parse(moved.getString("end"))));

        browser.clickable(By.id("timetable-form:undo")).click();
        browser.waitUntil(driver -> session(api, event, "Nätverksfika för förskolan").getString("start")
                .endsWith("T12:15:00"));
        browser.driver().navigate().refresh();
        dragUntilSaved(browser, id, () -> session(api, event, "Nätverksfika för förskolan").getString("start")
                .equals(movedStart));

        browser.go("/e/" + conference.slug() + "?lang=sv");
        String hhmm = movedStart.substring(11, 16);
        WebElement card = browser.find(By.xpath("//article[.//h4[text()='Nätverksfika för förskolan']]"));
        assertTrue(card.getText().startsWith(hhmm), () -> card.getText() + " on the page; moved to " + movedStart
                + ", saved now: " + session(api, event, "Nätverksfika för förskolan"));
        browser.clickable(By.id("lang-en")).click();
        browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(browser.text().contains("Download the programme (PDF)"), "in English");
        assertTrue(browser.text().contains("Nätverksfika för förskolan"));
    }

    /**
     * As an organiser types: a click into each prefilled time ("09:00", "10:00") and the new time replaces it
     * (it used to be appended: "09:0013:00"). A time that is none keeps what was typed in both fields and says
     * how to write a time; the Swedish "14.30" is a time.
     */
    @Test
    void typedTimesReplaceTheNewSessionsPrefilledTimesAndABadTimeKeepsWhatWasTyped() {
        Api api = Api.anonymous(base);
        CreatedEvent conference = Given.at(base).event(anEvent());
        long event = conference.id();
        browser.loginAsAdmin();
        browser.go("/admin/program/session.xhtml?event=" + event);
        browser.type(By.id("session-form:title"), "Samtal om skolnärvaro");
        WebElement start = browser.clickable(By.id("session-form:start"));
        WebElement end = browser.find(By.id("session-form:end"));
        assertEquals("09:00", start.getAttribute("value"), "a new session starts prefilled");
        start.click();
        start.sendKeys("13:00");
        end.click();
        end.sendKeys("14:3O");
        browser.clickable(By.id("session-form:save")).click();

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("session-form"),
                "Det är inget klockslag"));
        assertEquals("13:00", browser.find(By.id("session-form:start")).getAttribute("value"));
        assertEquals("14:3O", browser.find(By.id("session-form:end")).getAttribute("value"), "kept as typed");
        assertTrue(api.get("/api/events/" + event + "/sessions").jsonArray().isEmpty(), "nothing saved");

        end = browser.clickable(By.id("session-form:end"));
        end.click();
        end.sendKeys("14.30");
        browser.clickable(By.id("session-form:save")).click();
        browser.waitUntil(ExpectedConditions.urlContains("sessions.xhtml"));
        JsonObject saved = session(api, event, "Samtal om skolnärvaro");
        assertEquals(conference.firstDay().atTime(13, 0), java.time.LocalDateTime.parse(saved.getString("start")));
        assertEquals(conference.firstDay().atTime(14, 30), java.time.LocalDateTime.parse(saved.getString("end")));
    }

    /** Sets a date picker's text as pasting would (the picker's key handling swallows WebDriver keystrokes). */
    private static void fill(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const input = arguments[0]; input.focus(); input.value = arguments[1];"
                        + "input.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "input.dispatchEvent(new Event('change', {bubbles: true})); input.blur();",
                browser.find(By.id(id)), value);
    }

    /**
     * Drags the session's entry in the timetable down by about five 15-minute slots until the move is
     * saved. A drag that starts while the calendar is still wiring its handlers is ignored by it, so
     * the test reloads and drags again (at most three times) rather than fail on timing. Before it looks at
     * what was saved, and so before any reload, it waits until the page has no ajax request in flight: a reload
     * that dropped a move still on its way would let that move land later, on top of what follows.
     */
    private static void dragUntilSaved(Browser browser, long sessionId, java.util.function.BooleanSupplier saved) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            browser.waitUntil(driver -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.readyState")));
            WebElement entry = browser.find(By.cssSelector("a.fc-event.session-" + sessionId));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", entry);
            // Grab the entry by its own time label: its middle may lie under a neighbour it overlaps.
            List<WebElement> label = entry.findElements(By.cssSelector(".fc-event-time"));
            WebElement handle = label.isEmpty() ? entry : label.get(0);
            new Actions(browser.driver()).pause(Duration.ofMillis(500)).clickAndHold(handle)
                    .pause(Duration.ofMillis(300)).moveByOffset(0, 40).pause(Duration.ofMillis(300))
                    .moveByOffset(0, 80).pause(Duration.ofMillis(300)).release().perform();
            browser.ajaxDone();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(driver -> saved.getAsBoolean());
                return;
            } catch (org.openqa.selenium.TimeoutException notMoved) {
                browser.screenshot("ProgrammeBrowserIT-drag-not-saved-" + attempt);
                browser.driver().navigate().refresh();
            }
        }
        org.junit.jupiter.api.Assertions.fail("dragging the session in the timetable did not save a move");
    }

    private static JsonObject session(Api api, long event, String title) {
        return api.get("/api/events/" + event + "/sessions").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow();
    }

    @Test
    void anUnknownEventIsAFriendly404() {
        browser.go("/e/finns-inte");
        assertEquals("Sidan finns inte", browser.find(By.id("error-title")).getText());
    }
}
