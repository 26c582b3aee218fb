package se.samverka.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.samverka.api.RateLimited;

/**
 * {@code POST /api/registrations/{token}/erasure}: the person asks to be erased. After the event's last day it is
 * carried out at once (202, with the counts; the private link is dead afterwards); before it, 409 with the reason:
 * cancel instead.
 */
@Path("registrations/{token}/erasure")
@RequestScoped
@RateLimited
public class OwnErasureResource {

    @Inject
    Erasure erasure;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response erase(@PathParam("token") String token) {
        return Response.accepted(erasure.byParticipant(token)).build();
    }
}
