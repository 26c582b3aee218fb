package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A stale save's 409 carries the note as it now stands, so that the client can merge without asking again. */
class StaleNoteMapperTest {

    @Test
    void theProblemHasTheCurrentTextAndVersionBesideTheStandardMembers() throws Exception {
        Response response = new StaleNoteMapper().toResponse(new StaleNoteException(42L, "Första mobilens text.", 3));
        assertEquals(409, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        JsonObject problem;
        try (var jsonb = JsonbBuilder.create()) {
            problem = Json.createReader(new StringReader(jsonb.toJson(response.getEntity()))).readObject();
        }
        assertEquals("tag:samverka.se,2026:dialogue/stale-note", problem.getString("type"));
        assertEquals("Conflict", problem.getString("title"));
        assertEquals(409, problem.getInt("status"));
        assertEquals("Någon annan vid bordet har sparat ett svar på samma fråga under tiden. Inget sparades: foga ihop"
                + " texterna och spara igen.", problem.getString("detail"), "Swedish without Accept-Language");
        assertEquals(42, problem.getJsonNumber("questionId").longValue());
        assertEquals("Första mobilens text.", problem.getString("text"));
        assertEquals(3, problem.getJsonNumber("version").longValue());
    }
}
