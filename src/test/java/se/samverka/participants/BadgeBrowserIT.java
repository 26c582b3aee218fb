package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
 * Staff make one sector's name badges on the badge page, watch the progress and download the PDF; an
 * organiser gives the event a logo. On an event of the test's own, so that nothing else sees the logo.
 */
@ExtendWith(SharedServer.class)
class BadgeBrowserIT {

    /** Twelve teachers and eight people from the seven other sectors take the twenty seats. */
    private static final String[] TEACHERS = {"Öberg", "Andersson", "Åkesson", "Ärlig", "Bäckström", "Sjöberg",
        "Nyström", "Holmgren", "Zetterlund", "Lindqvist", "Ångström", "Dahl"};
    private static final String[][] OTHERS = {{"Karlsson", Sectors.PRESCHOOL}, {"Nilsson", Sectors.POLICE},
        {"Ekström", Sectors.POLICE}, {"Forsberg", Sectors.SOCIAL_SERVICES}, {"Persson", Sectors.HEALTH_CENTRE},
        {"Strömberg", Sectors.GRYNINGEN}, {"Wikström", Sectors.PUBLIC_HEALTH}, {"Hällström", Sectors.OTHER}};

    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void oneSectorsBadgesAreMadeInTheBackgroundAndDownloaded() throws Exception {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        Api organiser = given.organiser();
        CreatedEvent event = given.event(anEvent().withCapacity(TEACHERS.length + OTHERS.length));
        for (String teacher : TEACHERS) {
            given.registration(event, aRegistration().named("Karin", teacher).fromSector(Sectors.SCHOOL));
        }
        for (String[] other : OTHERS) {
            given.registration(event, aRegistration().named("Lars", other[0]).fromSector(other[1]));
        }
        Registered late = given.registration(event, aRegistration().named("Örjan", "Ödman").fromSector(Sectors.SCHOOL));
        assertEquals("WAITLISTED", late.status(), "twenty seats, the twenty-first waits");
        long id = event.id();
        List<JsonObject> school = BadgePdfs.inBadgeOrder(organiser.get("/api/events/" + id
                + "/registrations?status=CONFIRMED&sector=SCHOOL").jsonArray().getValuesAs(JsonObject.class));
        assertEquals(TEACHERS.length, school.size(), "more than one page of A4_8; the teacher waiting has no badge");

        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go("/admin/participants/badges.xhtml?event=" + id);
            browser.find(By.id("heading"));
            assertTrue(browser.find(By.id("badges:count")).getText().contains("20 namnbrickor"),
                    browser.find(By.id("badges:count")).getText());

            browser.clickable(By.cssSelector("input[name='badges:scope'][value='SECTOR']")).click();
            new Select(browser.find(By.id("badges:sector"))).selectByValue("SCHOOL");
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("badges:count"),
                    school.size() + " namnbrickor"));
            browser.clickable(By.id("badges:generate")).click();

            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
            // read in one script: the page's poll may replace the panel (and any element found in it) at any moment
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) js.executeScript("return [document.querySelector(\"[role='progressbar']\")"
                    + ".getAttribute('aria-valuenow'), document.getElementById('progress-text').textContent.trim()];");
            assertEquals("100", shown.get(0));
            assertEquals(school.size() + " av " + school.size(), shown.get(1));
            // the status (a live region) may follow the link by one poll (a second) when the sheet was finished
            // while the page was being written
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("progress:status"),
                    school.size() + " namnbrickor"));
            String href = (String) js.executeScript(
                    "var link = document.getElementById('download'); link.scrollIntoView(); return link.href;");
            browser.screenshot("BadgeBrowserIT-ready");

            // a sheet belongs to the account that started it: another account (staff, who may print badges) is
            // told it does not exist
            HttpRequest stranger = HttpRequest.newBuilder(URI.create(href))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (given.staffAccount() + ":" + Given.STAFF_PASSWORD).getBytes())).build();
            assertEquals(404, HttpClient.newHttpClient().send(stranger, HttpResponse.BodyHandlers.discarding())
                    .statusCode(), "another account never gets it");
            HttpResponse<byte[]> pdf = browser.download(href);
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                    .contains("namnbrickor-" + event.slug() + ".pdf"));
            try (PDDocument badges = BadgePdfs.load(pdf.body())) {
                assertEquals((school.size() + 7) / 8, badges.getNumberOfPages());
                String text = PdfInspection.withoutSpace(PdfInspection.text(badges));
                school.forEach(p -> assertTrue(text.contains(PdfInspection.withoutSpace(p.getString("lastName"))), p.toString()));
                assertFalse(text.contains("Ödman"), "no badge for the teacher waiting for a seat");
                assertEquals(BadgePdfs.expectedPages(school, 8), BadgePdfs.codesByPage(badges));
            }
            assertEquals(404, browser.download(href).statusCode(), "fetched once, then deleted");

            browser.go("/admin/events/edit.xhtml?id=" + id);
            WebElement file = browser.driver().findElement(By.id("logo:logoFile_input"));
            assertEquals(1, browser.driver().findElements(By.cssSelector("label[for='logo:logoFile_input']")).size());
            Path png = Files.createTempFile(Path.of("target"), "logo-", ".png");
            BufferedImage image = new BufferedImage(90, 30, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(image, "png", png.toFile());
            file.sendKeys(png.toAbsolutePath().toString());
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("logo-preview")));
            assertEquals("Evenemangets logotyp", browser.find(By.id("logo-preview")).getAttribute("alt"));
            browser.screenshot("BadgeBrowserIT-logo");
            assertEquals(200, organiser.download("/api/events/" + id + "/logo").statusCode());
        }
    }
}
