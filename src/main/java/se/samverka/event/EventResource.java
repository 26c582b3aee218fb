package se.samverka.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.security.Role;

/** {@code /api/events}: anyone reads, organisers write. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @GET
    public List<EventView> list() {
        return events.all().stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") Long id) {
        return EventView.of(events.get(id));
    }

    @POST
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response create(@Valid @NotNull(message = "{validation.bodyRequired}") EventDetails details,
            @Context UriInfo uri) {
        Event event = events.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(event.getId())).build())
                .entity(EventView.of(event)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public EventView update(@PathParam("id") Long id,
            @Valid @NotNull(message = "{validation.bodyRequired}") EventDetails details) {
        return EventView.of(events.update(id, details));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response delete(@PathParam("id") Long id) {
        events.delete(id);
        return Response.noContent().build();
    }
}
