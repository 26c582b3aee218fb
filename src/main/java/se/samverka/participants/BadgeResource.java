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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.BadgeSheet;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code /api/events/{eventId}/badges.pdf}: name badges for organisers and staff. Without {@code ids}
 * everyone confirmed (optionally one {@code sector}); with {@code ids=1,2,3} those registrations
 * among the active ones. {@code layout=A4_8|A4_10|A6}, printer offset {@code right}/{@code down} in
 * mm (−20…20), {@code start}: first free position on a partly used sheet. Streamed as it is drawn.
 */
@Path("events/{eventId}/badges.pdf")
@RequestScoped
public class BadgeResource {

    @Inject
    BadgePrinter printer;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(BadgeSheet.MEDIA_TYPE)
    @RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
    @SecurityRequirement(name = "basic")
    @PersonalDataExport("badges.pdf")
    public Response badges(@PathParam("eventId") Long eventId, @QueryParam("layout") String layout,
            @QueryParam("sector") String sector, @QueryParam("ids") String ids, @QueryParam("right") String right,
            @QueryParam("down") String down, @QueryParam("start") String start) {
        Locale locale = RequestLanguage.of(headers);
        BadgeOptions options = BadgeOptions.parse(layout, sector, ids, right, down, start);
        BadgePrinter.Job job = printer.prepare(eventId, options, locale);
        StreamingOutput body = out -> job.write(out, () -> { });
        return Response.ok(body, BadgeSheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + job.fileName() + "\"")
                .build();
    }
}
