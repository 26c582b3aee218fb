package se.samverka.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.api.RequestLanguage;
import se.samverka.dialogue.GroupsJson.GroupsView;
import se.samverka.dialogue.GroupsJson.MixRequest;
import se.samverka.platform.PublicAddress;
import se.samverka.security.Role;

/**
 * {@code /api/events/{eventId}/groups}: organisers divide a day's participants into table groups, read them, move
 * a person and lock tables. {@code day} is the event's last day unless given. Organisers only: staff see names at
 * the door, not the table plan.
 */
@Path("events/{eventId}/groups")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    @Inject
    GroupService groups;

    @Inject
    PublicAddress address;

    @Context
    HttpHeaders headers;

    /** Mixes the day anew, keeping locked tables; 201 with the day's groups and the seed used. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response mix(@PathParam("eventId") Long eventId, MixRequest request) {
        RequestBody.required(request);
        DayGroups mixed = groups.mix(eventId, request.size(), request.day(), Boolean.TRUE.equals(request.onlyCheckedIn()),
                request.seed(), RequestLanguage.of(headers));
        URI location = URI.create(address.api("events", eventId, "groups") + "?day=" + mixed.day());
        return Response.created(location).entity(GroupsView.of(mixed)).build();
    }

    @GET
    public GroupsView list(@PathParam("eventId") Long eventId, @QueryParam("day") String day) {
        return GroupsView.of(groups.groups(eventId, DialogueDays.parse(day), RequestLanguage.of(headers)));
    }

    /** Seats the person at the table, moving them from their own; the next free number makes a new table. */
    @PUT
    @Path("{number}/members/{registrationId}")
    public GroupsView move(@PathParam("eventId") Long eventId, @PathParam("number") int number,
            @PathParam("registrationId") Long registrationId, @QueryParam("day") String day) {
        return GroupsView.of(groups.move(eventId, DialogueDays.parse(day), number, registrationId, RequestLanguage.of(headers)));
    }

    /** Locks the table: mixing again leaves it and its people as they are. */
    @PUT
    @Path("{number}/lock")
    public GroupsView lock(@PathParam("eventId") Long eventId, @PathParam("number") int number,
            @QueryParam("day") String day) {
        return GroupsView.of(groups.lock(eventId, DialogueDays.parse(day), number, true, RequestLanguage.of(headers)));
    }

    @DELETE
    @Path("{number}/lock")
    public GroupsView unlock(@PathParam("eventId") Long eventId, @PathParam("number") int number,
            @QueryParam("day") String day) {
        return GroupsView.of(groups.lock(eventId, DialogueDays.parse(day), number, false, RequestLanguage.of(headers)));
    }
}
