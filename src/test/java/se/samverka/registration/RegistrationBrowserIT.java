package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.aNetworkMeeting;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * A participant registers through the Swedish form, follows the link in the confirmation mail,
 * cancels, and the person waiting gets the seat and a mail saying so.
 */
@ExtendWith({MailServer.class, SharedServer.class})
class RegistrationBrowserIT {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/r/[A-Za-z0-9_-]{22,})");

    // The installation's settings that the privacy notice and the accessibility statement show (issue 13) are
    // the shared server's: retention.needs.days=45, privacy.controller=Testkommunen,
    // privacy.contact-email=dataskydd@testkommunen.example, accessibility.contact-email=tillganglighet@...
    // (see SharedServer).
    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void registerFollowTheMailedLinkCancelAndTheNextInLineMovesUp() {
        Given given = Given.at(Deployments.base(deploymentUrl));
        CreatedEvent event = given.event(aNetworkMeeting().withCapacity(1).at("Folkets Hus, Degerfors"));
        given.session(event, aTalk("Samverkan kring barn som närstående").from("09:00").to("10:00"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "asa." + suffix + "@degerfors.example";

        try (Browser browser = Browser.open(Deployments.base(deploymentUrl))) {
            browser.go("/e/" + event.slug() + "/register?lang=sv");
            browser.type(By.id("registration:firstName"), "Åsa");
            browser.type(By.id("registration:lastName"), "Öberg");
            browser.type(By.id("registration:email"), email);
            browser.type(By.id("registration:organisation"), "Förskolan Solrosen");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("registration:sector")))
                    .selectByValue("PRESCHOOL");
            browser.clickable(By.id("registration:consentPrivacy")).click();
            browser.clickable(By.id("registration:submit")).click();
            browser.find(By.id("thanks-heading"));
            assertTrue(browser.find(By.id("registration-status")).getText().startsWith("Bekräftad"),
                    browser.find(By.id("registration-status")).getText());
            browser.screenshot("RegistrationBrowserIT-thanks");

            Registered waiting = given.registration(event, aRegistration().named("Lars", "Ekström")
                    .withEmail("lars." + suffix + "@degerfors.example").fromSector(Sectors.POLICE).at("Polisen"));
            assertEquals("WAITLISTED", waiting.status());

            List<String> mails = MailServer.textsTo(email, 1, 30);
            assertEquals(1, mails.size(), "one confirmation mail");
            assertTrue(mails.get(0).contains("Hej Åsa!"), mails.get(0));
            java.util.Map<String, String> files = MailServer.attachmentsTo(email);
            String ics = files.get(event.slug() + ".ics");
            assertTrue(ics != null && ics.contains("BEGIN:VEVENT") && ics.contains("Europe/Stockholm"), files.keySet().toString());
            Matcher link = LINK.matcher(mails.get(0));
            assertTrue(link.find(), mails.get(0));

            browser.go(link.group(1));
            assertTrue(browser.find(By.id("registration-status")).getText().startsWith("Bekräftad"));
            browser.clickable(By.id("cancel-form:cancel")).click();
            browser.clickable(By.id("cancel-form:confirmCancel")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-status"), "Avbokad"));
            browser.screenshot("RegistrationBrowserIT-cancelled");

            JsonObject promoted = Api.anonymous(Deployments.base(deploymentUrl))
                    .get("/api/registrations/" + waiting.manageToken()).json();
            assertEquals("CONFIRMED", promoted.getString("status"));
            List<String> larsMails = MailServer.textsTo("lars." + suffix, 2, 30);
            assertTrue(larsMails.stream().anyMatch(text -> text.contains("En plats har blivit ledig")), larsMails.toString());
        }
    }

    /**
     * The organiser's add-participant form speaks about the participant where the public form speaks to them;
     * a one-day event has no day to tick on either (the registration covers its day).
     */
    @Test
    void theDayChoiceSpeaksAboutTheParticipantForOrganisersAndIsGoneOnAOneDayEvent() {
        Given given = Given.at(Deployments.base(deploymentUrl));
        CreatedEvent twoDays = given.event(anEvent().lastingDays(2));
        CreatedEvent oneDay = given.event(anEvent().lastingDays(1));
        try (Browser browser = Browser.open(Deployments.base(deploymentUrl))) {
            browser.go("/e/" + twoDays.slug() + "/register?lang=sv");
            browser.find(By.id("registration:days"));
            assertTrue(browser.text().contains("Dagar du deltar"), "the public form speaks to the participant");

            browser.loginAsAdmin();
            browser.go("/admin/registrations/add.xhtml?event=" + twoDays.id() + "&lang=sv");
            browser.find(By.id("participant:days"));
            assertTrue(browser.text().contains("Dagar som deltagaren deltar"), browser.text());
            assertFalse(browser.text().contains("Dagar du deltar"));

            browser.go("/admin/registrations/add.xhtml?event=" + oneDay.id() + "&lang=sv");
            browser.find(By.id("participant:firstName"));
            assertTrue(browser.driver().findElements(By.id("participant:days")).isEmpty(), "no day to choose");
            browser.go("/e/" + oneDay.slug() + "/register?lang=sv");
            browser.find(By.id("registration:firstName"));
            assertTrue(browser.driver().findElements(By.id("registration:days")).isEmpty(), "no day to choose");
        }
    }

    /**
     * Sectors are shared by every event, so the new one gets a code of its own each run: the test can run again
     * on the same database. (Any added sector still changes the sector counts that other tests expect, which
     * is why this class has a server of its own.)
     */
    @Test
    void anOrganiserAddsASectorThatTheFormThenOffers() {
        String code = "YOUTH_CENTRE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        try (Browser browser = Browser.open(Deployments.base(deploymentUrl))) {
            browser.loginAsAdmin();
            browser.clickable(By.id("sectors-link")).click();
            browser.type(By.id("sectors:newCode"), code);
            browser.type(By.id("sectors:newNameSv"), "Fritidsgård");
            browser.type(By.id("sectors:newNameEn"), "Youth centre");
            browser.clickable(By.id("sectors:addSector")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Sektorn Fritidsgård är tillagd."));
        }
        List<JsonObject> sectors = Api.anonymous(Deployments.base(deploymentUrl)).get("/api/sectors").jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject added = sectors.get(sectors.size() - 1);
        assertEquals(code, added.getString("code"));
        assertEquals("Youth centre", added.getString("nameEn"));
    }

    /**
     * After the event a participant opens their private link, goes to the survey, answers by clicking (a rating, a
     * choice) and typing (a text), saves, is thanked, and finds their answers kept when they come back.
     */
    @Test
    void aParticipantAnswersTheSurveyThroughTheirPrivateLink() {
        Given given = Given.at(Deployments.base(deploymentUrl));
        CreatedEvent event = given.event(anEvent());
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).withNano(0);
        Api.Reply survey = given.organiser().post("/api/events/" + event.id() + "/survey", """
                {"questions":[{"kind":"RATING","text":"Vad tycker du om konferensen som helhet?"},
                              {"kind":"SINGLE","text":"Vill du delta nästa år?","options":["Ja","Kanske","Nej"]},
                              {"kind":"TEXT","text":"Vad tar du med dig till ditt arbete?"}],
                 "opens":"%s","closes":"%s"}""".formatted(now.minusHours(1), now.plusDays(14)));
        assertEquals(201, survey.status(), survey.toString());
        Registered person = given.registration(event, aRegistration().named("Märta", "Sjöberg"));

        try (Browser browser = Browser.open(Deployments.base(deploymentUrl))) {
            browser.go("/r/" + person.manageToken());
            assertTrue(browser.find(By.id("survey-invitation")).getText().contains("Utvärderingen är öppen till"),
                    browser.find(By.id("survey-invitation")).getText());
            browser.clickable(By.id("survey-link")).click();
            browser.find(By.id("survey-intro"));
            assertEquals("Vad tycker du om konferensen som helhet?",
                    browser.find(By.cssSelector("fieldset legend")).getText().strip());
            browser.clickable(By.cssSelector("label[for='survey:questions:0:rating:3']")).click();
            browser.clickable(By.cssSelector("label[for='survey:questions:1:single:0']")).click();
            browser.type(By.id("survey:questions:2:text"), "Att ringa skolkuratorn direkt.");
            browser.clickable(By.id("survey:save")).click();
            assertTrue(browser.find(By.id("survey-thanks")).getText().startsWith("Tack för dina svar!"),
                    browser.find(By.id("survey-thanks")).getText());
            browser.screenshot("RegistrationBrowserIT-survey-thanks");

            browser.driver().navigate().refresh();
            browser.find(By.id("survey-answered"));
            assertTrue(browser.find(By.id("survey:questions:0:rating:3")).isSelected(), "4 – Bra kept");
            assertTrue(browser.find(By.id("survey:questions:1:single:0")).isSelected(), "Ja kept");
            assertEquals("Att ringa skolkuratorn direkt.",
                    browser.find(By.id("survey:questions:2:text")).getAttribute("value"));
            browser.clickable(By.id("back-link")).click();
            assertTrue(browser.find(By.id("survey-invitation")).getText().contains("Tack för att du svarade"));
        }
        assertEquals(1, given.organiser().get("/api/events/" + event.id() + "/survey").json().getInt("respondents"));
    }

    /**
     * Every page's footer links to the privacy notice and the accessibility statement, public and admin; the notice
     * names the configured controller and states the configured period (45 days for needs, not the default 30), in
     * Swedish and in English, also at its old address.
     */
    @Test
    void theFooterLeadsToThePrivacyNoticeWithTheConfiguredPeriodAndToTheStatement() {
        try (Browser browser = Browser.open(Deployments.base(deploymentUrl))) {
            browser.go("/?lang=sv");
            assertTrue(browser.find(By.id("accessibility-link")).getAttribute("href").endsWith("/tillganglighet"));
            browser.clickable(By.id("privacy-notice-link")).click();
            assertEquals("Så hanterar vi dina personuppgifter", browser.find(By.id("heading")).getText());
            String notice = browser.text();
            assertTrue(notice.contains("Personuppgiftsansvarig är Testkommunen."), notice);
            assertTrue(notice.contains("Specialkost och tillgänglighetsbehov: tas bort 45 dagar efter."), notice);
            assertTrue(notice.contains("dataskydd@testkommunen.example"), notice);
            assertFalse(notice.contains("12 månader"), notice);
            browser.screenshot("RegistrationBrowserIT-privacy-notice");

            browser.go("/registration/privacy.xhtml?lang=en");
            browser.waitUntil(ExpectedConditions.urlContains("/privacy/notice.xhtml"));
            assertEquals("How we handle your personal data", browser.find(By.id("heading")).getText());
            assertTrue(browser.text().contains("Dietary and accessibility needs: removed 45 days after."),
                    browser.text());
            assertEquals("Personal data", browser.find(By.id("privacy-notice-link")).getText());

            browser.loginAsAdmin();
            browser.go("/admin/?lang=sv");
            assertEquals("Tillgänglighet", browser.find(By.id("accessibility-link")).getText());
            browser.clickable(By.id("accessibility-link")).click();
            assertEquals("Tillgänglighetsredogörelse", browser.find(By.id("heading")).getText());
            assertTrue(browser.driver().getCurrentUrl().endsWith("/tillganglighet"), browser.driver().getCurrentUrl());
        }
    }

    /**
     * /tillganglighet opens the statement in Swedish, /accessibility in English; its feedback form refuses an empty
     * description with a message, and a valid report reaches the configured contact as a mail.
     */
    @Test
    void theStatementOpensInBothLanguagesAndItsFormSendsAReportToTheContact() {
        String report = "Dagknapparna i schemat syns dåligt " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(Deployments.base(deploymentUrl))) {
            browser.go("/accessibility");
            assertEquals("Accessibility statement", browser.find(By.id("heading")).getText());
            assertTrue(browser.find(By.id("compliance-status")).getText().contains("partially compliant"));
            assertTrue(browser.find(By.id("digg-link")).getAttribute("href").contains("digg.se/tdosanmalan"));

            browser.go("/tillganglighet?lang=sv");
            assertEquals("Tillgänglighetsredogörelse", browser.find(By.id("heading")).getText());
            assertTrue(browser.text().contains("Testkommunen står bakom Samverka."), browser.text());
            assertFalse(browser.driver().findElements(By.cssSelector("#known-issues li")).isEmpty());
            browser.screenshot("RegistrationBrowserIT-accessibility-statement");
            browser.clickable(By.id("feedback-form:send")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-form"),
                    "Beskriv problemet eller vad du behöver."));

            browser.type(By.id("feedback-form:description"), report);
            browser.type(By.id("feedback-form:page"), "/e/konferens/program");
            browser.type(By.id("feedback-form:email"), "asa@degerfors.example");
            browser.clickable(By.id("feedback-form:send")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tack!"));
            browser.screenshot("RegistrationBrowserIT-accessibility-feedback-sent");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/tillganglighet"), browser.driver().getCurrentUrl());
            assertEquals("", browser.find(By.id("feedback-form:description")).getAttribute("value"), "nothing kept");
        }
        List<String> mails = MailServer.textsTo("tillganglighet@testkommunen.example", 1, 120);
        assertTrue(mails.stream().anyMatch(text -> text.contains(report) && text.contains("asa@degerfors.example")
                && text.contains("/e/konferens/program")), mails.toString());
    }
}
