package se.samverka.event;

import se.samverka.platform.PublicAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.security.Role;

/** {@code /api/events}: anyone reads (drafts only organisers), organisers write. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    PublicAddress address;

    @Inject
    EventService events;

    @Inject
    SecurityContext security;

    /** Every published event; organisers also see drafts. */
    @GET
    public List<EventView> list() {
        return events.visible(isOrganiser()).stream().map(EventView::of).toList();
    }

    /** The event; a draft is 404 except to organisers. */
    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") Long id) {
        return EventView.of(events.visible(id, isOrganiser()));
    }

    private boolean isOrganiser() {
        return security.isCallerInRole(Role.ORGANISER_NAME);
    }

    @POST
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response create(@Valid EventDetails details) {
        RequestBody.required(details);
        Event event = events.create(details);
        return Response.created(address.api("events", event.getId()))
                .entity(EventView.of(event)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public EventView update(@PathParam("id") Long id,
            @Valid EventDetails details) {
        RequestBody.required(details);
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

    /** A room as the API takes it. */
    public record RoomDetails(@NotBlank(message = "{validation.required}") String name,
            @Min(value = 0, message = "{validation.notNegative}") Integer seats) {
        // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
        // constrained constructor parameters (it takes them for path parameters).
        public RoomDetails(String name, Integer seats) {
            this.name = name;
            this.seats = seats;
        }

    }

    /** A day's programme hours as the API takes them. */
    public record DayHours(@NotNull(message = "{validation.required}") LocalTime startsAt,
            @NotNull(message = "{validation.required}") LocalTime endsAt) {
        // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
        // constrained constructor parameters (it takes them for path parameters).
        public DayHours(LocalTime startsAt, LocalTime endsAt) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
        }

    }

    @POST
    @Path("{id}/rooms")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response addRoom(@PathParam("id") Long id,
            @Valid RoomDetails room) {
        RequestBody.required(room);
        Room added = events.addRoom(id, room.name(), room.seats());
        return Response.created(address.api("events", id, "rooms", added.getId()))
                .entity(new EventView.RoomView(added.getId(), added.getName(), added.getSeats())).build();
    }

    @PUT
    @Path("{id}/rooms/{roomId}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public EventView.RoomView changeRoom(@PathParam("id") Long id, @PathParam("roomId") Long roomId,
            @Valid RoomDetails room) {
        RequestBody.required(room);
        Room changed = events.changeRoom(id, roomId, room.name(), room.seats());
        return new EventView.RoomView(changed.getId(), changed.getName(), changed.getSeats());
    }

    @DELETE
    @Path("{id}/rooms/{roomId}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response removeRoom(@PathParam("id") Long id, @PathParam("roomId") Long roomId) {
        events.removeRoom(id, roomId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/days/{date}")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public EventView.DayView changeDay(@PathParam("id") Long id, @PathParam("date") LocalDate date,
            @Valid DayHours hours) {
        RequestBody.required(hours);
        EventDay day = events.changeDayHours(id, date, hours.startsAt(), hours.endsAt());
        return new EventView.DayView(day.getDate(), day.getStartsAt(), day.getEndsAt());
    }
}
