package se.samverka.attendance;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.security.Role;

/**
 * Attendance for organisers and staff: {@code GET /api/events/{id}/attendance}, counts per day, session and
 * sector, and the doubtful scans. The exports are {@link AttendanceExportResource}.
 */
@Path("events/{eventId}/attendance")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
@SecurityRequirement(name = "basic")
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AttendanceOverview overview(@PathParam("eventId") Long eventId, @QueryParam("lang") String lang) {
        return attendance.overview(eventId, RequestLanguage.of(lang, headers));
    }
}
