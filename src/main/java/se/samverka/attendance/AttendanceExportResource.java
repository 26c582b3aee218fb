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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.AttendanceReport;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.participants.CsvExport;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Participant;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * Attendance exports for organisers and staff: {@code GET /api/events/{id}/attendance.csv} (one row per
 * admission that counts, by surname) and {@code attendance.pdf} (the counts per day, session and sector).
 */
@Path("events/{eventId}/attendance.{format}")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
@SecurityRequirement(name = "basic")
public class AttendanceExportResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AttendanceService attendance;

    @Inject
    EventService events;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({CsvExport.MEDIA_TYPE, AttendanceReport.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PersonalDataExport("attendance")
    public Response export(@PathParam("eventId") Long eventId, @PathParam("format") String format,
            @QueryParam("lang") String lang) {
        Locale locale = RequestLanguage.of(lang, headers);
        Event event = events.get(eventId);
        String file = Messages.text(locale, "attendanceReport.fileName") + "-" + event.getSlug();
        if (format.equals("csv")) {
            List<CheckIn> admissions = attendance.admissions(eventId);
            StreamingOutput body = out -> CsvExport.table(headers(locale), rows(admissions), out);
            return Response.ok(body, CsvExport.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
        }
        if (format.equals("pdf")) {
            AttendanceOverview overview = attendance.overview(eventId, locale);
            StreamingOutput body = out -> new AttendanceReport(event.getTitle(), locale)
                    .write(Messages.text(locale, "attendanceReport.subject"), AttendanceSections.of(overview, locale), out);
            return Response.ok(body, AttendanceReport.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"").build();
        }
        throw new NotFoundException("format", format);
    }

    private static String[] headers(Locale locale) {
        return List.of("lastName", "firstName", "organisation", "sector", "day", "session", "checkedInAt", "by").stream()
                .map(column -> Messages.text(locale, "attendanceReport.column." + column)).toArray(String[]::new);
    }

    private static Iterator<String[]> rows(List<CheckIn> admissions) {
        return admissions.stream().map(admission -> {
            Participant who = admission.getRegistration().getParticipant();
            return new String[] {who.getLastName(), who.getFirstName(), who.getOrganisation(), who.getSector().getCode(),
                admission.getDay().toString(), admission.getSession() == null ? "" : admission.getSession().getTitle(),
                TIME.format(admission.getScannedAt()), admission.getCheckedInBy()};
        }).iterator();
    }
}
