package se.samverka.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/**
 * The day itself in Chromium, beyond the scanning: a walk-in with a badge, a correction at the door, live
 * attendance, and the organiser's certificates page with the participant's side of it.
 */
@ExtendWith(SharedServer.class)
class EventDayBrowserIT {

    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void aWalkInIsRegisteredAdmittedAndGetsABadgeOnTheSpot() throws Exception {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        try (Browser browser = Browser.open(base)) {
            browser.login(given.staffAccount(), Given.STAFF_PASSWORD);
            browser.go("/admin/attendance/walk-in.xhtml?event=" + event.id() + "&lang=sv");
            browser.type(By.id("walkIn:firstName"), "Wilma");
            browser.type(By.id("walkIn:lastName"), "Gående");
            browser.type(By.id("walkIn:email"), "wilma.gaende@degerfors.example");
            browser.type(By.id("walkIn:organisation"), "Gryningen");
            new Select(browser.find(By.id("walkIn:sector"))).selectByValue(Sectors.GRYNINGEN);
            browser.clickable(By.id("walkIn:register")).click();
            assertTrue(browser.find(By.cssSelector(".ui-messages-error")).getText()
                    .contains("Bekräfta att personen har fått informationen"), "the privacy notice first");
            browser.clickable(By.id("walkIn:informed")).click();
            browser.clickable(By.id("walkIn:register")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("walk-in-result"),
                    "Wilma Gående är registrerad och incheckad."));
            String badge = browser.find(By.id("badge-a6")).getAttribute("href");
            try (PDDocument pdf = Loader.loadPDF(browser.download(badge).body())) {
                assertEquals(1, pdf.getNumberOfPages());
                assertTrue(PdfInspection.text(pdf).contains("Wilma"), PdfInspection.text(pdf));
            }
        }
        assertEquals(1, given.organiser().get("/api/events/" + event.id() + "/attendance").json()
                .getJsonArray("days").getJsonObject(0).getInt("checkedIn"));
    }

    @Test
    void staffCorrectANameAtTheDoorAndOrganisersSeeTheLog() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered misspelt = given.registration(event, aRegistration().named("Anan", "Svenson"));
        String person = "/admin/attendance/person.xhtml?event=" + event.id() + "&registration=" + misspelt.id() + "&lang=sv";
        String staff = given.staffAccount();
        try (Browser browser = Browser.open(base)) {
            browser.login(staff, Given.STAFF_PASSWORD);
            browser.go(person);
            browser.type(By.id("person:firstName"), "Anna");
            browser.type(By.id("person:lastName"), "Svensson");
            browser.clickable(By.id("person:save")).click();
            browser.waitUntil(ExpectedConditions.textToBe(By.id("heading"), "Anna Svensson"));
            assertTrue(browser.driver().findElements(By.id("edit-table")).isEmpty(), "the log is for organisers");
        }
        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go(person);
            String log = browser.find(By.id("edit-table")).getText();
            assertTrue(log.contains("Förnamn Anan Anna") && log.contains("Efternamn Svenson Svensson")
                    && log.contains(staff), log);
        }
    }

    @Test
    void organisersWatchAttendanceAndResolveDoubtfulScans() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered police = given.registration(event, aRegistration().named("Polly", "Polis").fromSector(Sectors.POLICE));
        Registered gone = given.registration(event, aRegistration().named("Greta", "Gått"));
        given.registration(event, aRegistration().fromSector(Sectors.POLICE));
        given.cancellation(gone);
        Api staff = given.staff();
        staff.post("/api/events/" + event.id() + "/checkins", "{\"code\":\"%s\",\"day\":\"%s\"}"
                .formatted(police.checkInCode(), event.firstDay()));
        staff.post("/api/events/" + event.id() + "/checkins", "{\"code\":\"%s\",\"day\":\"%s\",\"nonce\":\"door-9:1\",\"at\":\"%s\"}"
                .formatted(gone.checkInCode(), event.firstDay(), Instant.now().minus(5, ChronoUnit.MINUTES)));

        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go("/admin/?lang=sv");
            browser.clickable(By.xpath("//a[contains(@class,'attendance')][contains(., '" + event.title() + "')]")).click();
            browser.find(By.id("days"));
            assertEquals("1", browser.find(By.cssSelector("tr.sector-count[data-sector='POLICE'] td.checked-in")).getText());
            assertTrue(browser.find(By.id("attendance:doubtful-table")).getText().contains("Greta Gått"));
            browser.screenshot("EventDayBrowserIT-attendance");
            browser.clickable(By.cssSelector(".resolve-button")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance:doubtful-table"), "Kontrollerad"));
        }
    }

    @Test
    void organisersIssueAndRevokeCertificatesOnTheirPage() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().heldYesterday().withCapacity(10));
        given.session(event, se.samverka.testdata.ProgrammeBuilder.aTalk("Risk- och skyddsfaktorer").from("09:00").to("11:00"));
        Registered asa = given.registration(event, aRegistration().named("Åsa", "Öberg"));
        Registered carl = given.registration(event, aRegistration().named("Carl", "Kom-inte"));
        given.staff().post("/api/events/" + event.id() + "/checkins", "{\"code\":\"%s\",\"day\":\"%s\"}"
                .formatted(asa.checkInCode(), event.firstDay()));

        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go("/admin/?lang=sv");
            browser.clickable(By.xpath("//a[contains(@class,'certificates')][contains(., '" + event.title() + "')]")).click();
            assertTrue(browser.find(By.id("issue-status")).getText()
                    .equals("Intyg kan utfärdas nu. 1 av 2 uppfyller villkoret."), browser.find(By.id("issue-status")).getText());
            browser.type(By.id("policy:issuerName"), "Anna Åkesson");
            browser.clickable(By.id("policy:savePolicy")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Villkor och underskrift är sparade."));
            browser.clickable(By.id("candidates:issueAll")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 intyg utfärdat."));
            String table = browser.find(By.id("candidates:people")).getText();
            assertTrue(table.contains("Carl Kom-inte") && table.contains("Inte incheckad en dag"), table);
            browser.screenshot("EventDayBrowserIT-certificates");

            browser.clickable(By.cssSelector(".revoke-button")).click();
            browser.type(By.id("revoke:reason"), "Fel person");
            browser.clickable(By.id("revoke:confirmRevoke")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("candidates:people"), "återkallat"));
        }
        String mine = Api.anonymous(base).get("/certificate/mine.xhtml?token=" + carl.manageToken()).body();
        assertTrue(mine.contains("Inte incheckad en dag: " + event.firstDay()), mine);
    }
}
