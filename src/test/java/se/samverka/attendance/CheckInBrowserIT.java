package se.samverka.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.FakeCamera;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/** Staff at the door, in Chromium: typing codes and names, the camera, a dropped network, undo. */
@ExtendWith(SharedServer.class)
class CheckInBrowserIT {

    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void staffTypeCodesAndNamesAndSeeAtOnceWhoMayComeIn() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered asa = given.registration(event, aRegistration().named("Åsa", "Öberg").fromSector(Sectors.PRESCHOOL)
                .eating("Glutenfri"));
        Registered carl = given.registration(event, aRegistration().named("Carl", "Avbokad"));
        given.cancellation(carl);
        given.registration(event, aRegistration().named("Märta", "Lundkvist").fromSector(Sectors.POLICE));

        try (Browser browser = Browser.open(base)) {
            browser.login(given.staffAccount(), Given.STAFF_PASSWORD);
            browser.go("/admin/attendance/desk.xhtml?event=" + event.id() + "&lang=sv");
            scan(browser, asa.checkInCode());
            assertResult(browser, "state-checked-in", "Incheckad");
            assertTrue(browser.find(By.id("result-name")).getText().contains("Åsa Öberg"));
            assertTrue(browser.find(By.id("result-needs")).getText().contains("Kost: Glutenfri"));
            browser.screenshot("CheckInBrowserIT-admitted");

            scan(browser, asa.checkInCode());
            assertResult(browser, "state-already", "Redan incheckad");
            assertTrue(browser.find(By.id("result-detail")).getText().startsWith("Incheckad "));

            scan(browser, carl.checkInCode());
            assertResult(browser, "state-refused", "Inte insläppt");
            assertTrue(browser.find(By.id("result-detail")).getText().contains("Carl Avbokad har avbokat."));

            scan(browser, "QQQQ22");
            assertResult(browser, "state-unknown", "Okänd kod");

            scan(browser, "lundkv");
            browser.clickable(By.cssSelector("#search-results button")).click();
            assertResult(browser, "state-checked-in", "Incheckad");
            assertTrue(browser.find(By.id("result-name")).getText().contains("Märta Lundkvist"));
            browser.clickable(By.id("undo")).click();
            assertResult(browser, "state-undone", "Incheckningen ångrad");

            Object wrongToken = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "fetch('/api/events/" + event.id() + "/checkins', {method: 'POST', credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': 'not-the-token'},"
                    + " body: JSON.stringify({code: '" + asa.checkInCode() + "'})}).then(r => done(r.status));");
            assertEquals(401L, wrongToken, "the session alone, with a wrong token, changes nothing");
        }
        JsonObject day = given.organiser().get("/api/events/" + event.id() + "/attendance").json()
                .getJsonArray("days").getJsonObject(0);
        assertEquals(1, day.getInt("checkedIn"), "Åsa; Märta's check-in was undone");
    }

    /** The venue's network drops: the scan waits on the device, and is sent once the network is back. */
    @Test
    void scansWaitOnTheDeviceWhileTheNetworkIsDownAndAreSentWhenItIsBack() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered olle = given.registration(event, aRegistration().named("Olle", "Offline"));

        try (Browser browser = Browser.open(base)) {
            browser.login(given.staffAccount(), Given.STAFF_PASSWORD);
            browser.go("/admin/attendance/desk.xhtml?event=" + event.id() + "&lang=sv");
            browser.find(By.id("code"));
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            chrome.setNetworkConditions(offline);
            scan(browser, olle.checkInCode());
            assertResult(browser, "state-queued", "Sparad, skickas senare");
            browser.waitUntil(ExpectedConditions.textToBe(By.id("queue-status"), "1 skanning väntar på att skickas."
                    + " (ingen uppkoppling just nu)"));
            assertEquals(0, given.organiser().get("/api/events/" + event.id() + "/attendance").json()
                    .getJsonArray("days").getJsonObject(0).getInt("checkedIn"));

            chrome.deleteNetworkConditions();
            ((JavascriptExecutor) chrome).executeScript("window.dispatchEvent(new Event('online'))");
            browser.waitUntil(ExpectedConditions.textToBe(By.id("queue-status"), "Inga skanningar väntar."));
        }
        assertEquals(1, given.organiser().get("/api/events/" + event.id() + "/attendance").json()
                .getJsonArray("days").getJsonObject(0).getInt("checkedIn"), "sent once the network was back");
    }

    /** A badge held up to the camera (Chromium's fake camera shows a QR code): the person is admitted. */
    @Test
    void aBadgeHeldUpToTheCameraAdmitsItsOwner() throws Exception {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered kamilla = given.registration(event, aRegistration().named("Kamilla", "Kamerasson"));
        String[] camera = FakeCamera.showing(kamilla.checkInCode(), Path.of("target", "fake-camera",
                kamilla.checkInCode() + ".y4m"));

        try (Browser browser = Browser.open(base, camera)) {
            browser.login(given.staffAccount(), Given.STAFF_PASSWORD);
            browser.go("/admin/attendance/desk.xhtml?event=" + event.id() + "&lang=sv");
            browser.clickable(By.id("camera")).click();
            browser.waitUntil(ExpectedConditions.attributeContains(By.id("result"), "class", "state-checked-in"));
            assertTrue(browser.find(By.id("result-name")).getText().contains("Kamilla Kamerasson"));
            browser.screenshot("CheckInBrowserIT-camera");
            browser.clickable(By.id("camera")).click();
        }
    }

    private static void scan(Browser browser, String typed) {
        browser.find(By.id("code")).clear();
        browser.find(By.id("code")).sendKeys(typed, Keys.ENTER);
    }

    private static void assertResult(Browser browser, String state, String headline) {
        browser.waitUntil(ExpectedConditions.and(
                ExpectedConditions.attributeContains(By.id("result"), "class", state),
                ExpectedConditions.textToBe(By.id("result-text"), headline)));
    }
}
