package se.samverka.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.meeting.MeetingJson.MeetingSummary;
import se.samverka.meeting.MeetingJson.MeetingsRequest;
import se.samverka.meeting.MeetingJson.MemberRequest;
import se.samverka.meeting.MeetingJson.MemberView;
import se.samverka.meeting.MeetingJson.SeriesRequest;
import se.samverka.meeting.MeetingJson.SeriesView;
import se.samverka.participants.CsvExport;
import se.samverka.participants.XlsxExport;
import se.samverka.platform.PublicAddress;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * Meeting series for their conveners: {@code /api/series} (create, list), one series, its roster
 * ({@code members}), its schedule ({@code meetings}: one, or many from a recurrence rule), its calendar feed, and
 * attendance per organisation or sector (JSON, CSV, XLSX).
 */
@Path("series")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.CONVENER_NAME})
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    SeriesService series;

    @Inject
    ScheduleService schedule;

    @Inject
    SeriesStatistics statistics;

    @Inject
    MinutesService minutes;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SeriesRequest request) {
        RequestBody.required(request);
        MeetingSeries created = series.create(request.name(), request.purpose(), request.conveners(), request.reminderDays());
        return Response.created(address.api("series", created.getId())).entity(SeriesView.of(created)).build();
    }

    @GET
    public List<SeriesView> list() {
        return series.visible().stream().map(SeriesView::of).toList();
    }

    @GET
    @Path("{id}")
    public SeriesView get(@PathParam("id") Long id) {
        return SeriesView.of(series.series(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesView change(@PathParam("id") Long id, SeriesRequest request) {
        RequestBody.required(request);
        return SeriesView.of(series.describe(id, request.name(), request.purpose(), request.conveners(),
                request.reminderDays()));
    }

    /** How long the series keeps each meeting's data: {@code {"retentionDays": 365}}, or null for the default. */
    @PUT
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesView keepData(@PathParam("id") Long id, MeetingJson.RetentionRequest request) {
        RequestBody.required(request);
        return SeriesView.of(series.keepData(id, request.retentionDays()));
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("id") Long id, MemberRequest request) {
        RequestBody.required(request);
        Member member = series.addMember(id, request.name(), request.email(), request.organisation(), request.sector());
        return Response.created(address.api("series", id, "members", member.getId())).entity(MemberView.of(member)).build();
    }

    /** Erases a member's personal data (GDPR); their organisation's attendance stays in the statistics. */
    @jakarta.ws.rs.DELETE
    @Path("{id}/members/{memberId}")
    public MemberView erase(@PathParam("id") Long id, @PathParam("memberId") Long memberId) {
        Member member = series.member(memberId);
        if (!member.getSeries().getId().equals(id)) {
            throw new se.samverka.platform.NotFoundException("member", memberId);
        }
        return MemberView.of(series.erase(memberId));
    }

    @GET
    @Path("{id}/members")
    public List<MemberView> members(@PathParam("id") Long id) {
        return series.members(id).stream().map(MemberView::of).toList();
    }

    @POST
    @Path("{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMeetings(@PathParam("id") Long id, MeetingsRequest request) {
        RequestBody.required(request);
        List<Meeting> created = request.rrule() != null
                ? schedule.addRecurring(id, request.rrule(), request.firstStart(), request.durationMinutes(), request.place())
                : List.of(schedule.add(id, request.start(), request.end(), request.place()));
        return Response.created(address.api("series", id, "meetings"))
                .entity(created.stream().map(MeetingSummary::of).toList()).build();
    }

    @GET
    @Path("{id}/meetings")
    public List<MeetingSummary> meetings(@PathParam("id") Long id) {
        return series.meetings(id).stream().map(MeetingSummary::of).toList();
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    public Response calendar(@PathParam("id") Long id) {
        return Response.ok(schedule.calendar(id), MeetingCalendar.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"natverksmoten.ics\"").build();
    }

    /** Attendance rates per organisation, or per sector with {@code ?by=sector}. */
    @GET
    @Path("{id}/attendance")
    public List<AttendanceRate> attendance(@PathParam("id") Long id, @QueryParam("by") String by) {
        return "sector".equals(by) ? statistics.bySector(id) : statistics.byOrganisation(id);
    }

    @GET
    @Path("{id}/attendance.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @PersonalDataExport("meeting-attendance.csv")
    public Response attendanceCsv(@PathParam("id") Long id, @QueryParam("by") String by, @QueryParam("lang") String lang,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        List<AttendanceRate> rows = attendance(id, by);
        String[] columns = AttendanceTable.headers(se.samverka.api.RequestLanguage.of(lang, headers));
        StreamingOutput body = out -> CsvExport.table(columns, AttendanceTable.rows(rows), out);
        return Response.ok(body, CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"narvaro.csv\"").build();
    }

    @GET
    @Path("{id}/attendance.xlsx")
    @Produces(XlsxExport.MEDIA_TYPE)
    @PersonalDataExport("meeting-attendance.xlsx")
    public Response attendanceXlsx(@PathParam("id") Long id, @QueryParam("by") String by, @QueryParam("lang") String lang,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        List<AttendanceRate> rows = attendance(id, by);
        java.util.Locale locale = se.samverka.api.RequestLanguage.of(lang, headers);
        String[] columns = AttendanceTable.headers(locale);
        String sheet = se.samverka.platform.Messages.text(locale, "meetings.attendance");
        StreamingOutput body = out -> XlsxExport.table(sheet, columns, AttendanceTable.rows(rows), out);
        return Response.ok(body, XlsxExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"narvaro.xlsx\"").build();
    }

    /** The series' actions: {@code ?open=true}, {@code ?overdue=true}, {@code ?organisation=…}. */
    @GET
    @Path("{id}/actions")
    public List<MeetingJson.ActionView> actions(@PathParam("id") Long id, @QueryParam("open") boolean open,
            @QueryParam("overdue") boolean overdue, @QueryParam("organisation") String organisation) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return minutes.actions(id, open, overdue, organisation).stream()
                .map(a -> MeetingJson.ActionView.of(a, null, today)).toList();
    }
}
