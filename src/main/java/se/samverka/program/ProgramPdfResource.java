package se.samverka.program;

import se.samverka.api.RequestLanguage;
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
import java.util.List;
import java.util.Locale;
import se.samverka.documents.EventHeading;
import se.samverka.documents.ProgramDocument;
import se.samverka.documents.SessionRow;
import se.samverka.documents.SpeakerRow;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.security.Role;

/**
 * {@code /api/events/{eventId}/program.pdf}: the printable programme, public. In Swedish or
 * English after {@code ?lang=sv|en}, else after the first supported Accept-Language.
 */
@Path("events/{eventId}/program.pdf")
@RequestScoped
public class ProgramPdfResource {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @GET
    @Produces(ProgramDocument.MEDIA_TYPE)
    public Response programme(@PathParam("eventId") Long eventId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Event event = events.visible(eventId, security.isCallerInRole(Role.ORGANISER_NAME)); // a draft: 404
        List<Session> sessions = program.sessions(eventId);
        Locale locale = RequestLanguage.of(lang, headers);
        EventHeading heading = ProgramRows.heading(event);
        List<SessionRow> rows = ProgramRows.rows(sessions, locale);
        List<SpeakerRow> speakers = ProgramRows.speakers(sessions);
        StreamingOutput body = out -> new ProgramDocument().write(heading, rows, speakers, locale, out);
        return Response.ok(body, ProgramDocument.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + event.getSlug() + ".pdf\"")
                .build();
    }
}
