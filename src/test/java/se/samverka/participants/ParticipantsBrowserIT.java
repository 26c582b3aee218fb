package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.samverka.platform.SwedishCollation;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/**
 * Staff open an event's participant list from the admin page, narrow it to the police, download that
 * list as CSV through the link on the page, and tick people for badges; an organiser turns the public
 * list on. Each test makes its own event and people.
 */
@ExtendWith(SharedServer.class)
class ParticipantsBrowserIT {

    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void filterBySectorDownloadTheListAndPickPeopleForBadges() throws Exception {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(20));
        // Four police officers whose Swedish order (Å before Ä) is not their Unicode order (Ä before Å).
        for (String[] officer : new String[][] {{"Håkan", "Ärlig"}, {"Anna", "Andersson"}, {"Åsa", "Öberg"},
            {"Linnéa", "Åkesson"}}) {
            given.registration(event, aRegistration().named(officer[0], officer[1]).fromSector(Sectors.POLICE));
        }
        given.cancellation(given.registration(event, aRegistration().named("Lars", "Ekström").fromSector(Sectors.POLICE)));
        given.registration(event, aRegistration().named("Eva", "Dahl").fromSector(Sectors.SCHOOL));
        given.registration(event, aRegistration().named("Per", "Nilsson").fromSector(Sectors.PRESCHOOL));
        given.registration(event, aRegistration().named("Karin", "Karlsson").fromSector(Sectors.SOCIAL_SERVICES));

        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go("/admin/?lang=sv");
            // Each event's link says whose list it opens ("Deltagare: <title>", the title visually hidden).
            browser.clickable(By.xpath("//a[contains(@class, 'participants')]"
                    + "[substring-after(normalize-space(.), ': ') = '" + event.title() + "']")).click();
            browser.find(By.id("participants:table"));
            assertEquals("Deltagare: " + event.title(), browser.find(By.id("heading")).getText());
            // sectors are shared by every event (and another test class may have added one on this server)
            List<String> sectors = given.anyone().get("/api/sectors").jsonArray().getValuesAs(JsonObject.class)
                    .stream().map(sector -> sector.getString("code")).toList();
            List<String> counted = browser.driver().findElements(By.cssSelector("tr.sector-count")).stream()
                    .map(row -> row.getAttribute("data-sector")).toList();
            assertEquals(sectors, counted, "a count for every sector");
            long police = Long.parseLong(browser.find(By.cssSelector("tr.sector-count[data-sector='POLICE'] td"))
                    .getText().strip());
            assertEquals(4, police, "the four officers; the one who cancelled is not counted");

            new Select(browser.find(By.id("participants:sectorFilter"))).selectByValue("POLICE");
            browser.waitUntil(ExpectedConditions.textToBe(By.id("participants:shown"), police + " deltagare visas."));
            browser.waitUntil(d -> sectorsShown(browser).stream().allMatch("Polis"::equals));
            List<String> names = namesShown(browser);
            assertEquals(List.of("Andersson, Anna", "Åkesson, Linnéa", "Ärlig, Håkan", "Öberg, Åsa"), names,
                    "surnames in Swedish order");
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(SwedishCollation.strings());
            assertEquals(sorted, names, "the same order as the collation the app uses");
            browser.screenshot("ParticipantsBrowserIT-police");

            String csvHref = browser.find(By.id("export-csv")).getAttribute("href");
            assertTrue(csvHref.contains("sector=POLICE"), csvHref);
            HttpResponse<byte[]> csv = browser.download(csvHref);
            assertEquals(200, csv.statusCode());
            String[] lines = new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n");
            assertEquals(police + 1, lines.length, "header and one line per police officer");
            assertTrue(Arrays.stream(lines).skip(1).allMatch(line -> line.split(";")[4].equals("Polis")));
            assertEquals(names.get(0), lines[1].split(";")[0] + ", " + lines[1].split(";")[1]);

            List<WebElement> boxes = browser.driver().findElements(
                    By.cssSelector("#participants\\:table tbody .ui-chkbox-box"));
            boxes.get(0).click();
            boxes.get(1).click();
            browser.waitUntil(d -> d.findElements(By.cssSelector("#participants\\:table tbody tr[aria-selected='true']"))
                    .size() == 2);
            browser.clickable(By.id("participants:badges-for-selection")).click();
            browser.waitUntil(ExpectedConditions.urlContains("/admin/participants/badges.xhtml"));
            String url = java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), StandardCharsets.UTF_8);
            assertTrue(url.matches(".*[?&]ids=\\d+,\\d+(&.*)?"), url);
            assertTrue(url.contains("event=" + event.id()), url);
            assertTrue(browser.find(By.id("selection")).getText().startsWith("Du har markerat 2 "));
            assertEquals("Det blir 2 namnbrickor.", browser.find(By.id("badges:count")).getText());
        }
    }

    @Test
    void thePublicListShowsOnlyConfirmedPeopleWhoConsentedOnceTheOrganiserTurnsItOn() throws Exception {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(5));
        // Had a seat, agreed to be listed, then cancelled: the seat goes to the next person.
        Registered cancelled = given.registration(event, aRegistration().named("Lars", "Ekström").listedPublicly());
        given.cancellation(cancelled);
        List<String> expected = new ArrayList<>();
        for (String[] person : new String[][] {{"Åsa", "Öberg", "Strömtorpsskolan"}, {"Anna", "Andersson", "Bruksskolan"},
            {"Håkan", "Ärlig", "Parkskolan"}}) {
            Registered listed = given.registration(event,
                    aRegistration().named(person[0], person[1]).at(person[2]).listedPublicly());
            assertEquals("CONFIRMED", listed.status());
            expected.add(person[1] + ", " + person[0] + " | " + person[2]);
        }
        given.registration(event, aRegistration().named("Eva", "Dahl"));
        given.registration(event, aRegistration().named("Per", "Nilsson"));
        Registered waiting = given.registration(event, aRegistration().named("Märta", "Ångström").listedPublicly());
        assertEquals("WAITLISTED", waiting.status(), "five seats: the sixth waits");
        assertEquals(404, Api.anonymous(base).download("/e/" + event.slug() + "/participants").statusCode(),
                "off by default");

        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go("/admin/participants/index.xhtml?event=" + event.id() + "&lang=sv");
            WebElement publicList = browser.find(By.id("policy:publicList"));
            assertFalse(publicList.isSelected(), "off by default");
            publicList.click();
            browser.clickable(By.id("policy:savePolicy")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Inställningarna för anmälan är sparade."));

            browser.go("/e/" + event.slug());
            browser.clickable(By.id("participants-link")).click();
            browser.find(By.id("people"));
            assertEquals(expected.size() + " deltagare i listan.", browser.find(By.id("listed-count")).getText());
            List<String> shown = new ArrayList<>(browser.driver().findElements(By.cssSelector("#people tbody tr"))
                    .stream().map(row -> row.findElements(By.tagName("td"))).map(cells -> cellText(cells.get(0))
                            + " | " + cellText(cells.get(1))).toList());
            expected.sort(null);
            shown.sort(null);
            assertEquals(expected, shown, "exactly the confirmed people who consented: not those who did not, "
                    + "not the one waiting, not the one who cancelled");
            assertEquals(3, browser.driver().findElements(By.cssSelector("#people thead th")).size(),
                    "name, organisation, sector: nothing else");
            assertFalse(browser.text().contains("@"), "no e-mail addresses");
            browser.screenshot("ParticipantsBrowserIT-public");
        }
    }

    /** A reflowing table cell's text without the column title it shows on narrow screens. */
    private static String cellText(WebElement cell) {
        return cell.getText().lines().reduce((first, second) -> second).orElse("").strip();
    }

    private static List<String> sectorsShown(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#participants\\:table tbody .sector")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> namesShown(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#participants\\:table tbody .person")).stream()
                .map(WebElement::getText).toList();
    }
}
