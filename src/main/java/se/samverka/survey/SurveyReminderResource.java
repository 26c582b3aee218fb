package se.samverka.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.security.Role;

/**
 * {@code POST /api/events/{eventId}/survey/reminders}: remind everyone asked who has not answered; 202 with how
 * many, as the mails go out after the answer. 409 when the survey is not open.
 */
@Path("events/{eventId}/survey/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class SurveyReminderResource {

    @Inject
    SurveyReminders reminders;

    @POST
    public Response remind(@PathParam("eventId") Long eventId) {
        return Response.accepted(new Sent(reminders.remind(eventId))).build();
    }

    /** How many reminders were queued. */
    public record Sent(int recipients) {
    }
}
