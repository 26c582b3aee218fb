package se.samverka.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.platform.PersonalDataExport;
import se.samverka.security.Role;

/**
 * {@code /api/privacy/persons?email=} for organisers: GET gives the person's extract across all events and
 * network-meeting series (logged as an export, by the number of records, never the address); DELETE erases the
 * person everywhere and answers the counts removed.
 */
@Path("privacy/persons")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class PersonsResource {

    @Inject
    PersonalData personalData;

    @Inject
    Erasure erasure;

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @PersonalDataExport("person.json")
    public PersonExtract find(@QueryParam("email") String email) {
        PersonExtract extract = personalData.ofEmail(email);
        request.setAttribute(ExportLogFilter.FILTER, "records=" + extract.records());
        return extract;
    }

    @DELETE
    public ErasureOutcome erase(@QueryParam("email") String email) {
        return erasure.byOrganiser(email, security.getCallerPrincipal().getName());
    }
}
