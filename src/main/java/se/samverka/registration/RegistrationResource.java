package se.samverka.registration;

import se.samverka.platform.PublicAddress;
import se.samverka.api.RequestLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestBody;
import se.samverka.security.Role;

/**
 * {@code /api/events/{eventId}/registrations}: anyone registers; organisers and staff see the list. One instance
 * for the application, unlike the other resources: it holds nothing of a request (the request's headers come as a
 * parameter), and building a request-scoped resource with its injections and interceptors for every registration
 * took 8 % of the request threads' time in a registration rush (docs/performance.md).
 */
@Path("events/{eventId}/registrations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    PublicAddress address;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegisterService registering;

    @Inject
    RegistrationCorrections corrections;

    @Inject
    SecurityContext security;

    @POST
    @RateLimited
    public Response register(@PathParam("eventId") Long eventId, @Valid RegistrationRequest request,
            @Context HttpHeaders headers) {
        RequestBody.required(request);
        RegistrationRequest withLanguage = request.language() != null ? request : withLanguage(request, headers);
        Registration registration = registering.register(eventId, withLanguage, false);
        return Response.created(address.api("registrations", registration.getManageToken()))
                .entity(RegistrationView.of(registration, registrations.positionInLine(registration))).build();
    }

    @GET
    @RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
    @SecurityRequirement(name = "basic")
    public List<RegistrationView> list(@PathParam("eventId") Long eventId, @QueryParam("sector") String sector,
            @QueryParam("status") RegistrationStatus status) {
        java.util.Map<Long, Integer> places = registrations.placesInLine(eventId);
        return registrations.list(eventId, sector, status).stream()
                .map(r -> RegistrationView.forOrganisers(r, places.getOrDefault(r.getId(), 0))).toList();
    }

    /**
     * Staff correct a registration (a misspelt name, another organisation...); an organiser may change any field,
     * days, workshops (409 when a confirmed person's new workshop is full) and answers too. Every change is logged.
     */
    @PATCH
    @Path("{registrationId}")
    @RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
    @SecurityRequirement(name = "basic")
    public RegistrationView correct(@PathParam("eventId") Long eventId, @PathParam("registrationId") Long registrationId,
            Correction correction) {
        RequestBody.required(correction);
        Registration corrected = corrections.correct(eventId, registrationId, correction,
                security.getCallerPrincipal().getName(), security.isCallerInRole(Role.ORGANISER_NAME));
        return RegistrationView.forOrganisers(corrected, registrations.positionInLine(corrected));
    }

    /** The audit trail of corrections to a registration, newest first (organisers). */
    @GET
    @Path("{registrationId}/edits")
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public List<EditView> edits(@PathParam("eventId") Long eventId, @PathParam("registrationId") Long registrationId) {
        return corrections.edits(eventId, registrationId).stream().map(EditView::of).toList();
    }

    /** One corrected field: which, before and after, who and when. */
    @JsonbPropertyOrder({"field", "oldValue", "newValue", "editedBy", "editedAt"})
    public record EditView(String field, String oldValue, String newValue, String editedBy, LocalDateTime editedAt) {
        static EditView of(RegistrationEdit edit) {
            return new EditView(edit.getField(), edit.getOldValue(), edit.getNewValue(), edit.getEditedBy(),
                    edit.getEditedAt());
        }
    }

    private static RegistrationRequest withLanguage(RegistrationRequest r, HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return new RegistrationRequest(r.firstName(), r.lastName(), r.email(), r.phone(), r.organisation(), r.sector(),
                r.title(), r.days(), r.sessionIds(), r.dietary(), r.accessibility(), r.answers(), r.consentPrivacy(),
                r.consentListed(), locale.getLanguage());
    }
}
