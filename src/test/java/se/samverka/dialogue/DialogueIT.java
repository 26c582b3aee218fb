package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.FormLogin;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/** Table groups over HTTP: mixing, who may, moving, locking, bad input, and the table on the private page and badge. */
@ExtendWith(SharedServer.class)
class DialogueIT {

    @SharedServer.Url
    URL deploymentUrl;

    private Given given;
    private Api organiser;

    @BeforeEach
    void clients() {
        given = Given.at(Deployments.base(deploymentUrl));
        organiser = given.organiser();
    }

    /** 15 people: six from three schools, three each from the police, social services and the health centre. */
    private List<Registered> fifteen(CreatedEvent event) {
        List<Registered> people = new ArrayList<>();
        String[] schools = {"Strömtorpsskolan", "Bruksskolan", "Parkskolan"};
        for (int i = 0; i < 6; i++) {
            people.add(given.registration(event, aRegistration().fromSector(Sectors.SCHOOL).at(schools[i % 3])));
        }
        for (String sector : List.of(Sectors.POLICE, Sectors.SOCIAL_SERVICES, Sectors.HEALTH_CENTRE)) {
            for (int i = 0; i < 3; i++) {
                people.add(given.registration(event, aRegistration().fromSector(sector).at(sector + " " + i)));
            }
        }
        return people;
    }

    @Test
    void mixesTheLastDayIntoTablesThatMixSectorsForOrganisersOnly() {
        CreatedEvent event = given.event(anEvent().lastingDays(2).withCapacity(40));
        List<Registered> people = fifteen(event);
        String groups = "/api/events/" + event.id() + "/groups";

        Api.Reply mixed = organiser.post(groups, "{\"size\":5,\"seed\":7}");

        assertEquals(201, mixed.status(), mixed.toString());
        assertTrue(mixed.location().endsWith(groups + "?day=" + event.firstDay().plusDays(1)), mixed.location());
        JsonObject body = mixed.json();
        assertEquals(event.firstDay().plusDays(1).toString(), body.getString("day"), "the last day by default");
        assertEquals(7, body.getJsonNumber("seed").longValue());
        List<JsonObject> tables = body.getJsonArray("groups").getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3), tables.stream().map(t -> t.getInt("number")).toList());
        Set<Long> seated = new HashSet<>();
        for (JsonObject table : tables) {
            List<JsonObject> members = table.getJsonArray("members").getValuesAs(JsonObject.class);
            assertEquals(5, members.size(), table.toString());
            assertEquals(Set.of("SCHOOL", "POLICE", "SOCIAL_SERVICES", "HEALTH_CENTRE"),
                    members.stream().map(m -> m.getString("sector")).collect(Collectors.toSet()), table.toString());
            assertEquals(members.size(), members.stream().map(m -> m.getString("organisation")).distinct().count(),
                    "no colleagues at one table: " + table);
            members.forEach(m -> seated.add(m.getJsonNumber("registrationId").longValue()));
            assertEquals(Set.of("registrationId", "name", "organisation", "sector"), members.get(0).keySet());
            assertTrue(members.get(0).getString("name").startsWith("Åsa Öberg"), members.get(0).toString());
            assertFalse(table.getBoolean("locked"));
        }
        assertEquals(people.stream().map(Registered::id).collect(Collectors.toSet()), seated);
        assertEquals(0, body.getJsonObject("quality").getInt("sameOrganisationPairs"));
        assertFalse(mixed.body().toLowerCase().contains("token"), "the scribe's link is not for organisers' screens");

        Api.Reply again = organiser.get(groups);
        assertEquals(200, again.status());
        assertEquals(body.getJsonArray("groups"), again.json().getJsonArray("groups"), "read back as mixed");
        assertEquals(0, organiser.get(groups + "?day=" + event.firstDay()).json().getJsonArray("groups").size());

        assertEquals(403, given.staff().post(groups, "{\"size\":5}").status());
        assertEquals(403, given.staff().get(groups).status());
        Api.Reply anonymous = given.anyone().get(groups);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.isProblem());

        // only those checked in on day one: three people, one table
        for (Registered person : people.subList(0, 3)) {
            Api.Reply in = organiser.post("/api/events/" + event.id() + "/checkins",
                    "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(person.checkInCode(), event.firstDay()));
            assertEquals(201, in.status(), in.toString());
        }
        Api.Reply checkedIn = organiser.post(groups, "{\"size\":5,\"day\":\"%s\",\"onlyCheckedIn\":true}"
                .formatted(event.firstDay()));
        assertEquals(201, checkedIn.status(), checkedIn.toString());
        List<JsonObject> dayOne = checkedIn.json().getJsonArray("groups").getValuesAs(JsonObject.class);
        assertEquals(1, dayOne.size());
        assertEquals(people.subList(0, 3).stream().map(Registered::id).collect(Collectors.toSet()),
                dayOne.get(0).getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getJsonNumber("registrationId").longValue()).collect(Collectors.toSet()));
    }

    @Test
    void refusesBadInputAsProblemJsonAndChangesNothing() {
        CreatedEvent event = given.event(anEvent().lastingDays(2).withCapacity(10));
        given.registration(event, aRegistration());
        String groups = "/api/events/" + event.id() + "/groups";

        assertProblem(400, "size", organiser.post(groups, "{\"size\":1}"));
        assertProblem(400, "size", organiser.post(groups, "{\"size\":51}"));
        assertProblem(400, "size", organiser.post(groups, "{}"));
        assertProblem(400, "size", organiser.post(groups, "{\"size\":\"sju\"}"));
        assertProblem(400, "day", organiser.post(groups, "{\"size\":5,\"day\":\"%s\"}".formatted(event.firstDay().minusDays(1))));
        assertProblem(400, "day", organiser.get(groups + "?day=" + event.firstDay().plusDays(5)));
        Api.Reply nobody = organiser.post(groups, "{\"size\":5,\"onlyCheckedIn\":true}");
        assertEquals(409, nobody.status(), nobody.toString());
        assertTrue(nobody.isProblem());
        assertEquals(0, organiser.get(groups).json().getJsonArray("groups").size(), "nothing half-saved");
        assertEquals(404, organiser.post("/api/events/987654321/groups", "{\"size\":5}").status());
        Api.Reply english = organiser.inLanguage("en").post(groups, "{\"size\":0}");
        assertTrue(english.json().getString("detail").contains("table size"), english.toString());
    }

    @Test
    void movesPeopleByHandAndKeepsLockedTablesWhenMixingAgain() {
        CreatedEvent event = given.event(anEvent().lastingDays(2).withCapacity(40));
        List<Registered> people = fifteen(event);
        String groups = "/api/events/" + event.id() + "/groups";
        Map<Integer, List<Long>> before = members(organiser.post(groups, "{\"size\":5,\"seed\":11}").json());

        Api.Reply locked = organiser.put(groups + "/1/lock", "");
        assertEquals(200, locked.status(), locked.toString());
        assertTrue(locked.json().getJsonArray("groups").getJsonObject(0).getBoolean("locked"));

        long mover = before.get(2).get(0);
        assertEquals(409, organiser.put(groups + "/1/members/" + mover, "").status(), "a locked table takes no one");
        assertEquals(409, organiser.put(groups + "/3/members/" + before.get(1).get(0), "").status(),
                "nor lets anyone go");
        Api.Reply moved = organiser.put(groups + "/3/members/" + mover, "");
        assertEquals(200, moved.status(), moved.toString());
        assertTrue(members(moved.json()).get(3).contains(mover), mover + " " + before + " " + moved);
        assertFalse(members(moved.json()).get(2).contains(mover));
        Api.Reply alone = organiser.put(groups + "/4/members/" + mover, "");
        assertEquals(List.of(mover), members(alone.json()).get(4), "the next number is a new table");
        assertEquals(404, organiser.put(groups + "/9/members/" + mover, "").status());
        assertEquals(404, organiser.put(groups + "/2/members/987654321", "").status());
        assertEquals(404, organiser.put(groups + "/9/lock", "").status());

        Map<Integer, List<Long>> after = members(organiser.post(groups, "{\"size\":5,\"seed\":12}").json());

        assertEquals(before.get(1), after.get(1), "the locked table keeps its people");
        assertEquals(Set.of(1, 2, 3), after.keySet(), "the rest mixed anew into 2 and 3");
        assertEquals(people.size(), after.values().stream().mapToInt(List::size).sum());
        Api.Reply unlocked = organiser.delete(groups + "/1/lock");
        assertEquals(200, unlocked.status());
        assertFalse(unlocked.json().getJsonArray("groups").getJsonObject(0).getBoolean("locked"));
        given.cancellation(people.get(14));
        assertEquals(409, organiser.put(groups + "/1/members/" + people.get(14).id(), "").status(),
                "a cancelled registration gets no seat");
    }

    @Test
    void showsTheTablesToTheOrganiserAndEachPersonsOnThePrivatePageAndTheBadge() throws IOException {
        CreatedEvent event = given.event(anEvent().lastingDays(2).withCapacity(10));
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(given.registration(event, aRegistration().fromSector(i % 2 == 0 ? Sectors.SCHOOL : Sectors.POLICE)));
        }
        Registered asa = people.get(0);
        HttpResponse<byte[]> before = given.anyone().download("/r/" + asa.manageToken());
        assertFalse(new String(before.body(), StandardCharsets.UTF_8).contains("id=\"my-table\""));

        Map<Integer, List<Long>> tables = members(organiser.post("/api/events/" + event.id() + "/groups",
                "{\"size\":2,\"seed\":3}").json());
        int table = tables.entrySet().stream().filter(t -> t.getValue().contains(asa.id())).findFirst().orElseThrow().getKey();

        HttpResponse<byte[]> page = given.anyone().download("/r/" + asa.manageToken());
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"my-table\""), html);
        assertTrue(html.contains("Dag 2, ") && html.contains(": bord " + table + "<"), html);

        String cookie = FormLogin.sessionCookie(Deployments.base(deploymentUrl), Deployments.ADMIN,
                Deployments.ADMIN_PASSWORD);
        HttpResponse<byte[]> admin = given.anyone().withHeader("Cookie", cookie)
                .download("/admin/dialogue/index.xhtml?event=" + event.id());
        assertEquals(200, admin.statusCode());
        String plan = new String(admin.body(), StandardCharsets.UTF_8);
        assertTrue(plan.contains("id=\"table-" + table + "\"") && plan.contains("id=\"quality\""), plan);
        assertTrue(plan.contains("Blanda om olåsta bord"), "mixed already: the button mixes the rest again");

        HttpResponse<byte[]> badge = organiser.download("/api/events/" + event.id() + "/badges.pdf?ids=" + asa.id());
        assertEquals(200, badge.statusCode());
        try (PDDocument pdf = Loader.loadPDF(badge.body())) {
            assertTrue(PdfInspection.text(pdf).contains("Dag 2: bord " + table), PdfInspection.text(pdf));
        }
    }

    /** Table number to the registration ids at it. */
    private static Map<Integer, List<Long>> members(JsonObject day) {
        return day.getJsonArray("groups").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                table -> table.getInt("number"),
                table -> table.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getJsonNumber("registrationId").longValue()).sorted().toList()));
    }

    private static void assertProblem(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertTrue(reply.body().contains("\"" + field), reply.toString());
    }
}
