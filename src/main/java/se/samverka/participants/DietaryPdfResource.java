package se.samverka.participants;

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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.NeedsDay;
import se.samverka.documents.NeedsListDocument;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code /api/events/{eventId}/dietary.pdf}: the kitchen and accessibility list per day, counted by kind, for
 * organisers only (the needs may be health data).
 */
@Path("events/{eventId}/dietary.pdf")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class DietaryPdfResource {

    @Inject
    EventService events;

    @Inject
    NeedsList needs;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(NeedsListDocument.MEDIA_TYPE)
    @PersonalDataExport("needs.pdf")
    public Response pdf(@PathParam("eventId") Long eventId, @QueryParam("lang") String lang) {
        Event event = events.get(eventId);
        List<NeedsDay> days = needs.days(eventId);
        Locale locale = RequestLanguage.of(lang, headers);
        StreamingOutput body = out -> new NeedsListDocument(event.getTitle(), locale).write(days, out);
        return Response.ok(body, NeedsListDocument.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"kost-" + event.getSlug() + ".pdf\"").build();
    }
}
