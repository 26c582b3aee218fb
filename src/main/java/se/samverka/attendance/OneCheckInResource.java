package se.samverka.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.security.Role;

/** {@code /api/checkins/{id}} (staff and organisers): take a check-in back, resolve a doubtful one, check out. */
@Path("checkins/{id}")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class OneCheckInResource {

    @Inject
    CheckInService checkIns;

    @Inject
    SecurityContext security;

    /** Takes a mistaken check-in back (it stays on record as undone). */
    @DELETE
    public Response undo(@PathParam("id") Long id) {
        checkIns.undo(id, caller());
        return Response.noContent().build();
    }

    /** Marks a doubtful scan as looked at. */
    @POST
    @Path("resolve")
    public CheckInView resolve(@PathParam("id") Long id) {
        return CheckInView.of(checkIns.resolve(id, caller()), false);
    }

    /** The person leaves. */
    @POST
    @Path("check-out")
    public CheckInView checkOut(@PathParam("id") Long id) {
        return CheckInView.of(checkIns.checkOut(id), false);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
