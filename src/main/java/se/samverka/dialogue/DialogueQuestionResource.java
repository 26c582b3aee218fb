package se.samverka.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.platform.PublicAddress;
import se.samverka.security.Role;

/**
 * {@code /api/events/{eventId}/dialogue/questions}: the questions the tables discuss, per day. {@code GET ?day=}
 * lists one day's in order (without {@code day}: every day's); {@code POST {"day"?,"text"}} adds one last on its
 * day (without {@code day}: the event's last day); {@code PUT /{questionId} {"text"?,"position"?}} rewords it or
 * moves it (1 = first); {@code DELETE} removes it with the tables' notes to it. Organisers; staff may read.
 */
@Path("events/{eventId}/dialogue/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class DialogueQuestionResource {

    @Inject
    DialogueQuestionService questions;

    @Inject
    PublicAddress address;

    @GET
    @RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
    public List<QuestionView> list(@PathParam("eventId") Long eventId, @QueryParam("day") String day) {
        LocalDate date = DialogueDays.parse(day);
        return (date == null ? questions.all(eventId) : questions.list(eventId, date)).stream()
                .map(QuestionView::of).toList();
    }

    @POST
    public Response create(@PathParam("eventId") Long eventId, NewQuestion question) {
        RequestBody.required(question);
        DialogueQuestion created = questions.create(eventId, question.day(), question.text());
        return Response.created(address.api("events", eventId, "dialogue", "questions", created.getId()))
                .entity(QuestionView.of(created)).build();
    }

    @PUT
    @Path("{questionId}")
    public QuestionView change(@PathParam("eventId") Long eventId, @PathParam("questionId") Long questionId,
            QuestionChange change) {
        RequestBody.required(change);
        return QuestionView.of(questions.change(eventId, questionId, change.text(), change.position()));
    }

    @DELETE
    @Path("{questionId}")
    public Response delete(@PathParam("eventId") Long eventId, @PathParam("questionId") Long questionId) {
        questions.delete(eventId, questionId);
        return Response.noContent().build();
    }

    /** A new question: its day (the event's last when left out) and its text. */
    public record NewQuestion(LocalDate day, String text) {
    }

    /** A new wording (left out: kept) and a new place on its day (left out: kept). */
    public record QuestionChange(String text, Integer position) {
    }

    @JsonbPropertyOrder({"id", "day", "position", "text"})
    public record QuestionView(Long id, LocalDate day, int position, String text) {
        static QuestionView of(DialogueQuestion question) {
            return new QuestionView(question.getId(), question.getDay(), question.getPosition(), question.getText());
        }
    }
}
