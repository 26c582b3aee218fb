package se.samverka.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.meeting.MeetingJson.ActionChange;
import se.samverka.meeting.MeetingJson.ActionView;
import se.samverka.security.Role;

/** {@code PATCH /api/actions/{id}} {@code {"status":"DONE"}} closes an action item (or {@code OPEN} reopens it). */
@Path("actions")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.CONVENER_NAME})
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    @Inject
    MinutesService minutes;

    @Inject
    Clock clock;

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionView change(@PathParam("id") Long id, ActionChange change) {
        RequestBody.required(change);
        ActionItem action = minutes.changeAction(id, change.status());
        return ActionView.of(action, null, LocalDate.now(clock));
    }
}
