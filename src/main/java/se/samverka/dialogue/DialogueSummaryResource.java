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
import se.samverka.documents.DialogueSummaryDocument;
import se.samverka.security.Role;

/**
 * {@code /api/events/{eventId}/dialogue-summary.pdf?day=YYYY-MM-DD}: per question, every table's answer and the
 * sector mix of the table (the event's last day when left out). Organisers only: it is the conference's result,
 * to be published by them.
 */
@Path("events/{eventId}/dialogue-summary.pdf")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class DialogueSummaryResource {

    @Inject
    DialoguePapers papers;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(DialogueSummaryDocument.MEDIA_TYPE)
    public Response pdf(@PathParam("eventId") Long eventId, @QueryParam("day") String day,
            @QueryParam("lang") String lang) {
        Locale locale = RequestLanguage.of(lang, headers);
        DialoguePapers.Summary summary = papers.summary(eventId, DialogueDays.parse(day), locale);
        StreamingOutput body = out -> new DialogueSummaryDocument(locale).write(summary.eventTitle(), summary.day(),
                summary.questions(), out);
        return Response.ok(body, DialogueSummaryDocument.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"dialog-" + summary.slug() + "-" + summary.day() + ".pdf\"").build();
    }
}
