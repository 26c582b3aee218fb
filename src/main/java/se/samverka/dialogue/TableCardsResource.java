package se.samverka.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.TableCardsDocument;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code /api/events/{eventId}/table-cards.pdf?day=YYYY-MM-DD}: one card a table of the day (the event's last day
 * when left out), for organisers: a card names the people at its table (staff do not see the table plan) and holds
 * the table's scribe link, with which anyone can read and write that table's notes. 409 while the day has no tables.
 */
@Path("events/{eventId}/table-cards.pdf")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class TableCardsResource {

    @Inject
    DialoguePapers papers;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(TableCardsDocument.MEDIA_TYPE)
    @PersonalDataExport("table-cards.pdf")
    public Response pdf(@PathParam("eventId") Long eventId, @QueryParam("day") String day,
            @QueryParam("lang") String lang) {
        Locale locale = RequestLanguage.of(lang, headers);
        DialoguePapers.Cards cards = papers.tableCards(eventId, DialogueDays.parse(day), locale);
        StreamingOutput body = out -> new TableCardsDocument(locale).write(cards.eventTitle(), cards.day(),
                cards.questions(), cards.cards(), out);
        return Response.ok(body, TableCardsDocument.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"bordskort-" + cards.slug() + "-" + cards.day() + ".pdf\"").build();
    }
}
