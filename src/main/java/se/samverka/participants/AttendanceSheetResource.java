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
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.AttendanceSheet;
import se.samverka.documents.EventHeading;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.event.EventService;
import se.samverka.program.ProgramRows;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code /api/events/{eventId}/attendance-sheet.pdf?day=YYYY-MM-DD} or {@code ?session={id}}: the
 * sheet staff pass round to sign, for organisers and staff. A day lists the confirmed participants
 * who attend it; a workshop those with a seat in it; any other session those who attend its day.
 */
@Path("events/{eventId}/attendance-sheet.pdf")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
@SecurityRequirement(name = "basic")
public class AttendanceSheetResource {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    ParticipantDirectory directory;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(AttendanceSheet.MEDIA_TYPE)
    @PersonalDataExport("attendance-sheet.pdf")
    public Response sheet(@PathParam("eventId") Long eventId, @QueryParam("day") String day,
            @QueryParam("session") String session, @QueryParam("lang") String lang) {
        Event event = events.get(eventId);
        Locale locale = RequestLanguage.of(lang, headers);
        LocalDate date = FilterParameters.date("day", day);
        Long sessionId = FilterParameters.number("session", session);
        if ((date == null) == (sessionId == null)) {
            throw new InvalidListRequest("day", "attendance.error.dayOrSession");
        }
        EventHeading heading = ProgramRows.heading(event);
        AttendanceSheet sheet;
        ParticipantFilter filter = ParticipantFilter.confirmed();
        String name;
        if (date != null) {
            if (!event.covers(date)) {
                throw new InvalidListRequest("day", "attendance.error.dayOutsideEvent", date);
            }
            EventDay hours = event.day(date).orElse(null);
            sheet = AttendanceSheet.forDay(heading, date, hours == null ? null : hours.getStartsAt(),
                    hours == null ? null : hours.getEndsAt(), locale);
            filter = filter.withDay(date);
            name = date.toString();
        } else {
            Session chosen = program.get(eventId, sessionId);
            sheet = AttendanceSheet.forSession(heading, ProgramRows.row(chosen, locale), locale);
            filter = chosen.getKind() == SessionKind.WORKSHOP ? filter.withWorkshop(sessionId)
                    : filter.withDay(chosen.getStart().toLocalDate());
            name = "pass-" + sessionId;
        }
        ParticipantFilter who = filter;
        StreamingOutput body = out -> sheet.write(
                directory.all(eventId, who, ParticipantOrder.NAME, r -> DocumentRows.attendance(r, locale)), out);
        return Response.ok(body, AttendanceSheet.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"narvarolista-" + event.getSlug() + "-" + name + ".pdf\"").build();
    }
}
