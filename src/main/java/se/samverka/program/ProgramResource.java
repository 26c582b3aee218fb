package se.samverka.program;

import se.samverka.platform.PublicAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.event.EventService;
import se.samverka.security.Role;

/** {@code /api/events/{eventId}/sessions}: anyone reads the programme, organisers change it. */
@Path("events/{eventId}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {

    @Inject
    PublicAddress address;

    @Inject
    ProgramService program;

    @Inject
    EventService events;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @GET
    public List<SessionView> list(@PathParam("eventId") Long eventId) {
        events.visible(eventId, isOrganiser()); // a draft's programme is 404 to visitors
        return program.sessions(eventId).stream().map(SessionView::of).toList();
    }

    @GET
    @Path("{sessionId}")
    public SessionView get(@PathParam("eventId") Long eventId, @PathParam("sessionId") Long sessionId) {
        events.visible(eventId, isOrganiser());
        return SessionView.of(program.get(eventId, sessionId));
    }

    private boolean isOrganiser() {
        return security.isCallerInRole(Role.ORGANISER_NAME);
    }

    @POST
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response create(@PathParam("eventId") Long eventId,
            @Valid SessionDetails details) {
        RequestBody.required(details);
        Session session = program.create(eventId, details);
        return Response.created(address.api("events", eventId, "sessions", session.getId()))
                .entity(SessionView.of(session)).build();
    }

    @PUT
    @Path("{sessionId}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public SessionView update(@PathParam("eventId") Long eventId, @PathParam("sessionId") Long sessionId,
            @Valid SessionDetails details) {
        RequestBody.required(details);
        return SessionView.of(program.update(eventId, sessionId, details));
    }

    @DELETE
    @Path("{sessionId}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response delete(@PathParam("eventId") Long eventId, @PathParam("sessionId") Long sessionId) {
        program.delete(eventId, sessionId);
        return Response.noContent().build();
    }
}
