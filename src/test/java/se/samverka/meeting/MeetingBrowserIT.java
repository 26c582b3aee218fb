package se.samverka.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.MailServer;
import se.samverka.testing.SharedServer;

/**
 * A convener in Chromium takes the roll call with the keyboard and mouse and closes an action; a member answers
 * an invitation from the link in their mail, without logging in.
 */
@ExtendWith({MailServer.class, SharedServer.class})
class MeetingBrowserIT {

    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void aConvenerTakesAttendanceAndClosesAnActionAndAMemberReplies() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        Api organiser = given.organiser();
        String run = Long.toString(System.nanoTime(), 36);
        String convener = given.account("CONVENER");
        long series = organiser.post("/api/series", "{\"name\":\"EST-gruppen %s\",\"conveners\":[\"%s\"]}"
                .formatted(run, convener)).json().getJsonNumber("id").longValue();
        String annaEmail = "anna." + run + "@degerfors.example";
        long anna = member(organiser, series, "Anna Berg", annaEmail, "Bruksskolan", Sectors.SCHOOL);
        long per = member(organiser, series, "Per Polis", "per." + run + "@polisen.example", "Polisen", Sectors.POLICE);
        LocalDateTime started = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.MINUTES).minusMinutes(30);
        long meeting = meeting(organiser, series, started);
        long next = meeting(organiser, series, started.plusDays(14));
        long item = organiser.post("/api/meetings/" + meeting + "/agenda", "{\"title\":\"Läget i skolorna\"}").json()
                .getJsonNumber("id").longValue();
        long action = organiser.post("/api/meetings/" + meeting + "/actions",
                "{\"text\":\"Kartlägg fritidsgårdarna\",\"ownerId\":%d,\"dueDate\":\"%s\"}".formatted(per, started.toLocalDate()))
                .json().getJsonNumber("id").longValue();

        String wall;
        try (Browser browser = Browser.open(base)) {
            browser.login(convener, Given.STAFF_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("/admin/meetings/"), "a convener lands on the meetings");
            browser.go("/admin/meetings/meeting.xhtml?id=" + meeting + "&lang=sv");
            assertTrue(browser.find(By.className("privacy-note")).getText()
                    .contains("enskilda barn"));

            radio(browser, anna, "PRESENT").click();
            browser.ajaxDone();
            browser.waitUntil(driver -> "PRESENT".equals(attendance(organiser, meeting, anna).getString("status", null)));
            radio(browser, per, "EXCUSED").click();
            browser.ajaxDone();
            browser.waitUntil(driver -> "EXCUSED".equals(attendance(organiser, meeting, per).getString("status", null)));
            WebElement substitute = browser.find(By.cssSelector("tr[data-member='" + per + "'] input.substitute"));
            substitute.sendKeys("Eva Ek", Keys.TAB);
            browser.ajaxDone();
            browser.waitUntil(driver -> "Eva Ek".equals(attendance(organiser, meeting, per).getString("substitute", null)));
            assertEquals("PRESENT", attendance(organiser, meeting, anna).getString("status"));
            assertEquals("EXCUSED", attendance(organiser, meeting, per).getString("status"));

            radio(browser, anna, "PRESENT").sendKeys(Keys.ARROW_RIGHT);
            browser.ajaxDone();
            browser.waitUntil(driver -> "ABSENT".equals(attendance(organiser, meeting, anna).getString("status")));
            radio(browser, anna, "ABSENT").sendKeys(Keys.ARROW_LEFT);
            browser.ajaxDone();
            browser.waitUntil(driver -> "PRESENT".equals(attendance(organiser, meeting, anna).getString("status")));

            browser.go("/admin/meetings/meeting.xhtml?id=" + meeting + "&lang=sv");
            assertTrue(radio(browser, anna, "PRESENT").isSelected(), "the roll call is kept");
            assertEquals("Eva Ek", browser.find(By.cssSelector("tr[data-member='" + per + "'] input.substitute")).getAttribute("value"));

            browser.screenshot("meeting-attendance");
            browser.clickable(By.cssSelector("#actions .mark-done")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#actions .action-status"), "Klar"));
            assertEquals("DONE", organiser.get("/api/meetings/" + meeting).json().getJsonArray("actions").getJsonObject(0)
                    .getString("status"));
            assertEquals(action, organiser.get("/api/meetings/" + meeting).json().getJsonArray("actions").getJsonObject(0)
                    .getJsonNumber("id").longValue());

            browser.type(By.cssSelector("#agenda .minutes-text"), "Lugnare på rasterna.");
            browser.type(By.cssSelector("#agenda .decision-text"), "Rastvärdarna fortsätter.");
            browser.clickable(By.cssSelector("#agenda .save-item")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#agenda .decisions"),
                    "Rastvärdarna fortsätter."));
            JsonObject written = organiser.get("/api/meetings/" + meeting).json();
            assertEquals("Lugnare på rasterna.", written.getJsonArray("agenda").getJsonObject(0).getString("minutesText"));
            assertEquals(item, written.getJsonArray("decisions").getJsonObject(0).getJsonNumber("itemId").longValue());
            browser.type(By.cssSelector("#agenda .minutes-text"), "Lugnare på rasterna och i matsalen.");
            browser.clickable(By.cssSelector("#agenda .save-item")).click();
            browser.waitUntil(driver -> "Lugnare på rasterna och i matsalen.".equals(organiser.get("/api/meetings/" + meeting)
                    .json().getJsonArray("agenda").getJsonObject(0).getString("minutesText")));

            browser.go("/admin/meetings/wall.xhtml?id=" + meeting + "&lang=sv");
            assertTrue(browser.find(By.id("wall-qr")).getAttribute("src").startsWith("data:image/png;base64,"));
            wall = URI.create(browser.find(By.id("wall-url")).getText()).getPath();
        }
        try (Browser phone = Browser.open(base)) {
            phone.go(wall + "?lang=sv");
            phone.type(By.id("checkIn:email"), "nobody@elsewhere.example");
            phone.clickable(By.id("checkIn:checkInButton")).click();
            phone.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error, #checkIn .ui-message"),
                    "finns inte i mötesseriens deltagarlista"));
            phone.type(By.id("checkIn:email"), "PER." + run + "@polisen.example");
            phone.clickable(By.id("checkIn:checkInButton")).click();
            phone.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("checked-in"), "incheckad"));
            assertTrue(!phone.text().contains("Per Polis"), "the page names no one");
        }
        assertEquals("PRESENT", attendance(organiser, meeting, per).getString("status"), "checked in by the QR code");

        Api.Reply invited = organiser.post("/api/meetings/" + next + "/invitations", "");
        assertEquals(2, invited.json().getInt("sent"), invited.toString());
        Matcher link = Pattern.compile("(/m/[A-Za-z0-9_-]{22,43})\\?svar=kan-inte").matcher(MailServer.textsTo(annaEmail, 1, 120).get(0));
        assertTrue(link.find());
        try (Browser member = Browser.open(base)) {
            member.go(link.group(1) + "?svar=kan-inte&lang=sv");
            assertTrue(member.find(By.cssSelector("input[value='NOT_COMING']")).isSelected(), "the mail's choice is preselected");
            assertTrue(member.text().contains("Anna Berg"));
            member.type(By.id("reply:substitute"), "Sara Skola");
            member.clickable(By.id("reply:send")).click();
            member.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("current-reply"), "Sara Skola"));
        }
        JsonObject replied = attendance(organiser, next, anna);
        assertEquals("NOT_COMING", replied.getString("reply"));
        assertEquals("EXCUSED", replied.getString("status"));
    }

    private static WebElement radio(Browser browser, long member, String value) {
        return browser.clickable(By.cssSelector("tr[data-member='" + member + "'] input[type=radio][value='" + value + "']"));
    }

    private static JsonObject attendance(Api api, long meeting, long member) {
        return api.get("/api/meetings/" + meeting).json().getJsonArray("attendance").stream().map(JsonObject.class::cast)
                .filter(a -> a.getJsonNumber("memberId").longValue() == member).findFirst().orElseThrow();
    }

    private static long member(Api api, long series, String name, String email, String organisation, String sector) {
        return api.post("/api/series/" + series + "/members", "{\"name\":\"%s\",\"email\":\"%s\",\"organisation\":\"%s\",\"sector\":\"%s\"}"
                .formatted(name, email, organisation, sector)).json().getJsonNumber("id").longValue();
    }

    private static long meeting(Api api, long series, LocalDateTime start) {
        return api.post("/api/series/" + series + "/meetings", "{\"start\":\"%s\",\"end\":\"%s\",\"place\":\"Kommunhuset\"}"
                .formatted(start, start.plusHours(2))).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }
}
