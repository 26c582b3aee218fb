package se.samverka.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.privacy.RetentionJson.LogView;
import se.samverka.security.Role;

/** The removal log for organisers, newest first: kind, event or series, how many, when, by the rule or by whom. */
@Path("privacy/log")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionLogResource {

    @Inject
    RetentionService retention;

    @GET
    public List<LogView> log() {
        return retention.log().stream().map(LogView::of).toList();
    }
}
