package se.samverka.participants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import se.samverka.documents.ParticipantListDocument;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code /api/events/{eventId}/participants.csv|xlsx|pdf}: the participant list for organisers
 * and staff, filtered like the list page ({@code ?sector=} and the rest of {@link FilterParameters}),
 * in Swedish surname order; the PDF grouped by sector with counts. Streamed a page of rows at a time.
 */
@Path("events/{eventId}/participants.{format}")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
@SecurityRequirement(name = "basic")
public class ParticipantListResource {

    @Inject
    EventService events;

    @Inject
    ParticipantDirectory directory;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE, ParticipantListDocument.MEDIA_TYPE})
    @PersonalDataExport("participants")
    public Response export(@PathParam("eventId") Long eventId, @PathParam("format") String format,
            @BeanParam FilterParameters parameters, @QueryParam("lang") String lang) {
        Event event = events.get(eventId);
        ParticipantFilter filter = parameters.filter();
        Locale locale = RequestLanguage.of(lang, headers);
        StreamingOutput body;
        String mediaType;
        switch (format) {
            case "csv" -> {
                mediaType = CsvExport.MEDIA_TYPE;
                body = out -> CsvExport.write(rows(eventId, filter, locale), locale, out);
            }
            case "xlsx" -> {
                mediaType = XlsxExport.MEDIA_TYPE;
                body = out -> XlsxExport.write(rows(eventId, filter, locale), locale, out);
            }
            case "pdf" -> {
                mediaType = ParticipantListDocument.MEDIA_TYPE;
                body = out -> new ParticipantListDocument(event.getTitle(), locale).write(directory.all(eventId,
                        filter, ParticipantOrder.SECTOR_THEN_NAME, r -> DocumentRows.participant(r, locale)), out);
            }
            default -> throw new NotFoundException();
        }
        return Response.ok(body, mediaType).header("Content-Disposition",
                "attachment; filename=\"deltagare-" + event.getSlug() + "." + format + "\"").build();
    }

    private Pages<ExportRow> rows(Long eventId, ParticipantFilter filter, Locale locale) {
        return directory.all(eventId, filter, ParticipantOrder.NAME, r -> ExportRow.of(r, locale));
    }
}
