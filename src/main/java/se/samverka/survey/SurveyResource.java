package se.samverka.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.platform.PublicAddress;
import se.samverka.security.Role;

/**
 * {@code /api/events/{eventId}/survey}: the organiser defines the evaluation survey (or replaces it until someone
 * has answered), reads where it stands, and closes it.
 */
@Path("events/{eventId}/survey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    PublicAddress address;

    @Inject
    SecurityContext security;

    /** Defines the survey, or replaces its questions and times: 201 with the questions' ids; 409 once answered. */
    @POST
    public Response define(@PathParam("eventId") Long eventId, SurveyDefinition definition) {
        surveys.define(eventId, RequestBody.required(definition));
        return Response.created(address.api("events", eventId, "survey"))
                .entity(SurveyView.of(surveys.overview(eventId))).build();
    }

    @GET
    public SurveyView get(@PathParam("eventId") Long eventId) {
        return SurveyView.of(surveys.overview(eventId));
    }

    /** Closes the survey now, for good: nobody answers any more and no answer can be tied to anyone again. */
    @POST
    @Path("close")
    public SurveyView close(@PathParam("eventId") Long eventId) {
        surveys.close(eventId, security.getCallerPrincipal().getName());
        return SurveyView.of(surveys.overview(eventId));
    }
}
