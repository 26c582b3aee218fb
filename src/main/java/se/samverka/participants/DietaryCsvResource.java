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
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code /api/events/{eventId}/dietary.csv}: the kitchen and accessibility list per day as CSV, for organisers
 * only (the needs may be health data; staff get the general lists, which leave them out).
 */
@Path("events/{eventId}/dietary.csv")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class DietaryCsvResource {

    @Inject
    EventService events;

    @Inject
    NeedsList needs;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @PersonalDataExport("needs.csv")
    public Response csv(@PathParam("eventId") Long eventId, @QueryParam("lang") String lang) {
        Event event = events.get(eventId);
        List<NeedsDay> days = needs.days(eventId);
        Locale locale = RequestLanguage.of(lang, headers);
        return Response.ok((StreamingOutput) out -> NeedsCsv.write(days, locale, out),
                CsvExport.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"kost-" + event.getSlug() + ".csv\"").build();
    }
}
