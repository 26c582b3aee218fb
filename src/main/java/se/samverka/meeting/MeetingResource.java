package se.samverka.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.meeting.MeetingJson.ActionRequest;
import se.samverka.meeting.MeetingJson.ActionView;
import se.samverka.meeting.MeetingJson.AttendanceRequest;
import se.samverka.meeting.MeetingJson.AttendanceView;
import se.samverka.meeting.MeetingJson.DecisionRequest;
import se.samverka.meeting.MeetingJson.DecisionView;
import se.samverka.meeting.MeetingJson.ItemRequest;
import se.samverka.meeting.MeetingJson.ItemView;
import se.samverka.meeting.MeetingJson.MeetingChange;
import se.samverka.meeting.MeetingJson.MeetingSummary;
import se.samverka.meeting.MeetingJson.MeetingView;
import se.samverka.meeting.MeetingJson.MinutesRequest;
import se.samverka.platform.PublicAddress;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * One meeting for its conveners: everything about it, moving or cancelling it, invitations, the agenda and
 * minutes, attendance, decisions, actions, approval (justering) and the minutes as a PDF.
 */
@Path("meetings")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.CONVENER_NAME})
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MinutesService minutes;

    @Inject
    ScheduleService schedule;

    @Inject
    MinutesPdf pdf;

    @Inject
    MinutesMailer minutesMailer;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;


    /** Agenda, attendance, decisions, actions (its own and those carried over) and amendments. */
    @GET
    @Path("{id}")
    public MeetingView get(@PathParam("id") Long id) {
        return MeetingView.of(minutes.record(id));
    }

    /** Moves the meeting or changes its place; members who were invited get an update for their calendars. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingSummary change(@PathParam("id") Long id, MeetingChange change) {
        RequestBody.required(change);
        return MeetingSummary.of(schedule.reschedule(id, change.start(), change.end(), change.place()));
    }

    /** Calls the meeting off; members who were invited get a cancellation. */
    @POST
    @Path("{id}/cancellation")
    public MeetingSummary cancel(@PathParam("id") Long id) {
        return MeetingSummary.of(schedule.cancel(id));
    }

    /** Mails every member the invitation: agenda, their own open actions, reply links and an {@code .ics}. */
    @POST
    @Path("{id}/invitations")
    public Map<String, Integer> invite(@PathParam("id") Long id) {
        return Map.of("sent", schedule.invite(id));
    }

    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addItem(@PathParam("id") Long id, ItemRequest request) {
        RequestBody.required(request);
        AgendaItem item = minutes.addItem(id, request.title(), request.presenter(), request.minutes());
        return Response.created(address.api("meetings", id)).entity(ItemView.of(item)).build();
    }

    @PUT
    @Path("{id}/agenda/{itemId}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemView writeMinutes(@PathParam("id") Long id, @PathParam("itemId") Long itemId, MinutesRequest request) {
        RequestBody.required(request);
        return ItemView.of(minutes.writeMinutes(id, itemId, request.text()));
    }

    /** Moves an agenda item (without minutes) on to the series' next planned meeting. */
    @POST
    @Path("{id}/agenda/{itemId}/move-to-next")
    public MeetingSummary moveToNext(@PathParam("id") Long id, @PathParam("itemId") Long itemId) {
        return MeetingSummary.of(minutes.moveToNext(id, itemId));
    }

    @PUT
    @Path("{id}/attendance/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceView mark(@PathParam("id") Long id, @PathParam("memberId") Long memberId, AttendanceRequest request) {
        RequestBody.required(request);
        return AttendanceView.of(minutes.mark(id, memberId, request.status(), request.substitute()));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") Long id, DecisionRequest request) {
        RequestBody.required(request);
        Decision decision = minutes.decide(id, request.itemId(), request.text());
        return Response.created(address.api("meetings", id)).entity(DecisionView.of(decision)).build();
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAction(@PathParam("id") Long id, ActionRequest request) {
        RequestBody.required(request);
        ActionItem action = minutes.addAction(id, request.text(), request.ownerId(), request.dueDate());
        return Response.created(address.api("actions", action.getId()))
                .entity(ActionView.of(action, action.getMeeting(), java.time.LocalDate.now(clock)))
                .build();
    }

    /** Approves (justerar) the minutes: locked from now on, later changes are logged amendments. */
    @POST
    @Path("{id}/approval")
    public MeetingSummary approve(@PathParam("id") Long id) {
        return MeetingSummary.of(minutes.approve(id));
    }

    /** Mails the minutes as a PDF to every active member of the series. */
    @POST
    @Path("{id}/minutes/mail")
    public Map<String, Integer> mailMinutes(@PathParam("id") Long id) {
        return Map.of("sent", minutesMailer.mail(id));
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces("application/pdf")
    @PersonalDataExport("minutes.pdf")
    public Response minutesPdf(@PathParam("id") Long id, @jakarta.ws.rs.QueryParam("lang") String lang,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        MinutesService.MeetingRecord record = minutes.record(id);
        java.util.Locale locale = se.samverka.api.RequestLanguage.of(lang, headers);
        var content = pdf.content(record, locale);
        StreamingOutput body = out -> pdf.write(content, locale, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"protokoll-" + record.meeting().getStart().toLocalDate()
                        + ".pdf\"").build();
    }
}
