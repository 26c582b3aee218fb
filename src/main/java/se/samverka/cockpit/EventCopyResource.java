package se.samverka.cockpit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.event.Event;
import se.samverka.event.EventView;
import se.samverka.platform.PublicAddress;
import se.samverka.security.Role;

/** {@code POST /api/events/{id}/copy}: an organiser copies an event to new dates; the copy is a draft. */
@Path("events/{id}/copy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventCopyResource {

    @Inject
    PublicAddress address;

    @Inject
    EventCopier copier;

    /** The new first day, and a title (the original's when left out). */
    public record CopyRequest(@NotNull(message = "{validation.required}") LocalDate startDate,
            @Size(max = 255, message = "{validation.tooLong}") String title) {
        // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
        // constrained constructor parameters (it takes them for path parameters).
        public CopyRequest(LocalDate startDate, String title) {
            this.startDate = startDate;
            this.title = title;
        }
    }

    @POST
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response copy(@PathParam("id") Long id, @Valid CopyRequest request) {
        RequestBody.required(request);
        Event copy = copier.copy(id, request.startDate(), request.title());
        return Response.created(address.api("events", copy.getId())).entity(EventView.of(copy)).build();
    }
}
