package se.samverka.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.samverka.api.RateLimited;

/**
 * {@code GET /api/registrations/{token}/data}: everything Samverka holds about the person behind the private link
 * (their extract, JSON). {@code data.pdf} beside it is the same as a readable document; an unknown token is 404.
 */
@Path("registrations/{token}/data")
@RequestScoped
@RateLimited
public class OwnDataResource {

    @Inject
    PersonalData personalData;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PersonExtract data(@PathParam("token") String token) {
        return personalData.ofToken(token);
    }
}
