package se.samverka.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
 * The organiser's cockpit through its API and its pages: messages reach exactly the group chosen with each
 * person's own details filled in, and an organiser edits any field of a registration, within the seat rules,
 * with every change in the audit trail.
 */
@ExtendWith({MailServer.class, SharedServer.class})
class OrganiserCockpitIT {

    @SharedServer.Url
    URL deploymentUrl;

    @Test
    void aMessageReachesExactlyTheFilteredGroupWithEachPersonsDetailsFilledIn() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().titled("Samverkanskonferensen 2027"));
        Registered anna = given.registration(event, aRegistration().named("Anna", "Öberg").fromSector(Sectors.POLICE));
        Registered bo = given.registration(event, aRegistration().named("Bo", "Lind").fromSector(Sectors.POLICE));
        Registered cecilia = given.registration(event, aRegistration().named("Cecilia", "Ek").fromSector(Sectors.SCHOOL));
        Api organiser = given.organiser();
        String path = "/api/events/" + event.id() + "/messages";

        Api.Reply sent = organiser.post(path, """
                {"subject":"Inför {evenemang}","body":"Hej {förnamn}!\\nDin anmälan: {länk}",
                 "filter":{"sector":"POLICE"}}""");
        assertEquals(202, sent.status(), sent.toString());
        assertEquals(2, sent.json().getInt("recipients"));

        for (Registered police : List.of(anna, bo)) {
            String first = police == anna ? "Anna" : "Bo";
            String message = MailServer.textsTo(police.email(), 2, 120).stream()
                    .filter(text -> text.contains("Hej " + first + "!")).findFirst().orElseThrow(
                            () -> new AssertionError("no message to " + first));
            assertTrue(message.contains("/r/" + police.manageToken()), "their own link: " + message);
            assertFalse(message.contains("{"), "every placeholder filled: " + message);
        }
        assertEquals(1, MailServer.textsTo(cecilia.email(), 2, 5).size(),
                "the school's participant has only her confirmation: the message was for the police");

        Api.Reply selection = organiser.post(path, """
                {"subject":"Till dig","body":"Hej {firstName}","filter":{"ids":[%d]}}""".formatted(cecilia.id()));
        assertEquals(1, selection.json().getInt("recipients"), selection.toString());
        assertTrue(MailServer.textsTo(cecilia.email(), 2, 120).stream().anyMatch(t -> t.contains("Hej Cecilia")));

        List<JsonObject> listed = organiser.get(path).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, listed.size());
        assertEquals("Till dig", listed.get(0).getString("subject"), "newest first");
        assertEquals(2, listed.get(1).getInt("recipients"));
        assertEquals(listed.get(1).getInt("recipients"),
                listed.get(1).getJsonNumber("delivered").intValue() + listed.get(1).getJsonNumber("waiting").intValue()
                        + listed.get(1).getJsonNumber("failed").intValue(), "each mail counted once");

        Api.Reply misspelt = organiser.post(path, "{\"subject\":\"Hej\",\"body\":\"Hej {förnman}\"}");
        assertEquals(400, misspelt.status(), misspelt.toString());
        assertTrue(misspelt.body().contains("{förnman}"), misspelt.body());
        Api.Reply nobody = organiser.post(path, "{\"subject\":\"Hej\",\"body\":\"Hej\",\"filter\":{\"sector\":\"GRYNINGEN\"}}");
        assertEquals(400, nobody.status(), nobody.toString());
        assertEquals(400, organiser.post(path, "{\"body\":\"Hej\"}").status(), "a subject is required");
        assertEquals(400, organiser.post(path, "{\"subject\":\"Hej\",\"body\":\"Hej\",\"filter\":{\"ids\":[]}}")
                .status(), "an empty selection is nobody, not everyone");
        assertEquals(400, organiser.post(path, "{\"subject\":\"Hej\",\"body\":\"Hej\",\"filter\":{\"ids\":[null]}}")
                .status());
        assertEquals(400, organiser.post(path, "{\"subject\":\"Hej\",\"body\":\"Hej\",\"filter\":{\"sector\":\"NOPE\"}}")
                .status());
        assertEquals(400, organiser.post(path, "{\"subject\":\"Din länk {länk}\",\"body\":\"Hej\"}").status(),
                "the private link never in a subject, which the outbox shows as it is");
        assertEquals(2, organiser.get(path).jsonArray().size(), "nothing refused was kept");
        assertEquals(403, given.staff().post(path, "{\"subject\":\"Hej\",\"body\":\"Hej\"}").status());
        assertEquals(401, Api.anonymous(base).get(path).status());
        assertEquals(403, given.staff().download("/admin/messages/index.xhtml?event=" + event.id()).statusCode());
    }

    @Test
    void anOrganiserChangesDaysWorkshopsAndAnswersWithinTheSeatRulesAndStaffOnlyCorrect() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().lastingDays(2));
        long small = given.workshop(event, "Tidiga insatser", 13, 1);
        long large = given.workshop(event, "Rörelseförståelse", 14, 30);
        Registered first = given.registration(event, aRegistration().named("Eva", "Berg").choosing(small));
        Registered second = given.registration(event, aRegistration().named("Olle", "Sund").choosing(large));
        Api organiser = given.organiser();
        String path = "/api/events/" + event.id() + "/registrations/" + second.id();

        Api.Reply full = organiser.patch(path, "{\"sessionIds\":[%d,%d]}".formatted(large, small));
        assertEquals(409, full.status(), full.toString());
        assertTrue(full.isProblem());
        Api.Reply moved = organiser.patch(path, "{\"organisation\":\"Polisen Karlskoga\",\"days\":[\"%s\"],\"sessionIds\":[]}"
                .formatted(event.firstDay()));
        assertEquals(200, moved.status(), moved.toString());
        JsonObject now = moved.json();
        assertEquals("Polisen Karlskoga", now.getString("organisation"));
        assertEquals(1, now.getJsonArray("days").size());
        assertEquals(0, now.getJsonArray("sessions").size());

        List<String> fields = organiser.get(path + "/edits").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(edit -> edit.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("organisation", "days", "workshops")), fields.toString());
        assertEquals(3, fields.size(), "the refused workshop change left no trace: " + fields);

        Api staff = given.staff();
        assertEquals(403, staff.patch(path, "{\"sessionIds\":[%d]}".formatted(large)).status(),
                "staff correct names and needs, not workshops");
        assertEquals(200, staff.patch(path, "{\"lastName\":\"Sundh\"}").status());
        long version = organiser.get("/api/events/" + event.id() + "/registrations").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("id") == second.id()).findFirst()
                .orElseThrow().getJsonNumber("version").longValue();
        assertEquals(409, organiser.patch(path, "{\"title\":\"Kommunpolis\",\"version\":%d}".formatted(version - 1))
                .status(), "an edit of what someone changed meanwhile is refused");
        assertEquals(200, organiser.patch(path, "{\"title\":\"Kommunpolis\",\"version\":%d}".formatted(version))
                .status());
        JsonObject eva = organiser.get("/api/events/" + event.id() + "/registrations").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("id") == first.id()).findFirst().orElseThrow();
        assertEquals("CONFIRMED", eva.getJsonArray("sessions").getJsonObject(0).getString("status"),
                "the refused move took no seat from the one who has it");
    }

    @Test
    void theOrganiserEditsARegistrationAndWritesToOneSectorFromTheParticipantList() {
        URI base = Deployments.base(deploymentUrl);
        Given given = Given.at(base);
        CreatedEvent event = given.event(anEvent().titled("Dialogdag"));
        Registered lisa = given.registration(event, aRegistration().named("Lisa", "Holm").fromSector(Sectors.GRYNINGEN)
                .at("Gryningen"));
        Registered per = given.registration(event, aRegistration().named("Per", "Ås").fromSector(Sectors.SCHOOL));

        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            browser.go("/admin/participants/index.xhtml?event=" + event.id() + "&lang=sv");
            assertEquals("2", browser.find(By.id("count-confirmed")).getText());
            browser.clickable(By.cssSelector("a.edit-registration[href*='id=" + lisa.id() + "']")).click();
            browser.type(By.id("registration:organisation"), "Gryningen Degerfors");
            browser.type(By.id("registration:dietary"), "Vegetarisk");
            browser.clickable(By.id("registration:save")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-table"),
                    "Gryningen Degerfors"));
            assertTrue(browser.find(By.id("edit-table")).getText().contains("Organisation"));
            browser.screenshot("OrganiserCockpitIT-edit");

            browser.clickable(By.id("back-link")).click();
            browser.clickable(By.id("messages-link")).click();
            new Select(browser.find(By.id("message:sector"))).selectByValue(Sectors.GRYNINGEN);
            browser.type(By.id("message:subject"), "Dialogdagen");
            browser.type(By.id("message:body"), "Hej {förnamn}! Välkommen till {evenemang}.");
            browser.clickable(By.id("message:preview")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-count"),
                    "Går till 1 person."));
            assertTrue(browser.find(By.id("preview-text")).getText().contains("Hej Lisa! Välkommen till Dialogdag."));
            browser.clickable(By.id("message:send")).click();
            browser.clickable(By.id("confirm:confirmYes")).click();
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("sent-table"), "Dialogdagen"));
            browser.screenshot("OrganiserCockpitIT-messages");
        }
        assertTrue(MailServer.textsTo(lisa.email(), 2, 120).stream()
                .anyMatch(text -> text.contains("Hej Lisa! Välkommen till Dialogdag.")));
        assertEquals(1, MailServer.textsTo(per.email(), 2, 5).size(), "only Gryningen was written to");
        assertEquals("Gryningen Degerfors", given.organiser().get("/api/events/" + event.id() + "/registrations")
                .jsonArray().getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("id") == lisa.id())
                .findFirst().orElseThrow().getString("organisation"));
    }
}
