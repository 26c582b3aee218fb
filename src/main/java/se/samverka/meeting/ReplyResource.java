package se.samverka.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestBody;
import se.samverka.platform.NotFoundException;

/**
 * {@code /api/replies/{token}}: a member's own invitation, reached only through the link in their mail (the same
 * token as {@code /m/{token}}). {@code PUT} answers it: {@code {"reply":"COMING"}} or
 * {@code {"reply":"NOT_COMING","substitute":"…"}}. An unknown token is a plain 404.
 */
@Path("replies/{token}")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    @Inject
    ReplyService replies;

    @GET
    public InvitationView get(@PathParam("token") String token) {
        return InvitationView.of(invitation(token));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public InvitationView answer(@PathParam("token") String token, ReplyRequest request) {
        RequestBody.required(request);
        replies.answer(token, request.reply(), request.substitute());
        return InvitationView.of(invitation(token));
    }

    private ReplyService.Invitation invitation(String token) {
        return replies.invitation(token).orElseThrow(() -> new NotFoundException("invitation", "?"));
    }

    public record ReplyRequest(Reply reply, String substitute) {
    }

    /** What the member sees: the meeting, its agenda, their own open actions and their answer. */
    @JsonbPropertyOrder({"series", "start", "end", "place", "status", "name", "reply", "substitute", "agenda", "actions"})
    public record InvitationView(String series, LocalDateTime start, LocalDateTime end, String place, String status,
            String name, String reply, String substitute, List<String> agenda, List<String> actions) {
        static InvitationView of(ReplyService.Invitation invitation) {
            Attendance attendance = invitation.attendance();
            Meeting meeting = attendance.getMeeting();
            return new InvitationView(meeting.getSeries().getName(), meeting.getStart(), meeting.getEnd(), meeting.getPlace(),
                    meeting.getStatus().name(), attendance.getMember().getName(),
                    attendance.getReply() == null ? null : attendance.getReply().name(), attendance.getSubstitute(),
                    invitation.agenda().stream().map(AgendaItem::getTitle).toList(),
                    invitation.actions().stream().map(ActionItem::getText).toList());
        }
    }
}
