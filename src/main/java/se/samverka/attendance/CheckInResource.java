package se.samverka.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.platform.PublicAddress;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.security.Role;

/**
 * The door's API (staff and organisers): {@code POST /api/events/{id}/checkins} admits by check-in code
 * (201; 200 with {@code alreadyCheckedIn} for a repeat; 404 unknown code; 409 with a problem type per reason),
 * and helpers find people by name and read codes from camera frames. {@link OneCheckInResource} takes a
 * check-in back.
 */
@Path("events/{eventId}/checkins")
@RequestScoped
@RolesAllowed({Role.ORGANISER_NAME, Role.STAFF_NAME})
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    @Inject
    CheckInService checkIns;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    SecurityContext security;

    @Inject
    PublicAddress address;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("eventId") Long eventId, CheckInRequest request) {
        RequestBody.required(request);
        CheckInOutcome outcome = checkIns.checkIn(eventId, request, caller()).orThrow();
        CheckInView view = CheckInView.of(outcome.checkIn(), outcome.alreadyCheckedIn());
        return outcome.alreadyCheckedIn() ? Response.ok(view).build()
                : Response.created(address.api("checkins", view.id())).entity(view).build();
    }

    /** People of the event (any status) whose name, organisation or code contains {@code q}: at most 20. */
    @GET
    @Path("search")
    public List<Person> search(@PathParam("eventId") Long eventId, @QueryParam("q") String q) {
        return registrations.find(eventId, q, 20).stream().map(Person::of).toList();
    }

    /** The check-in code in one camera frame (JPEG or PNG, at most 1 MB), or {@code null} when there is none. */
    @POST
    @Path("frame")
    @Consumes({"image/jpeg", "image/png"})
    public FrameCode frame(@PathParam("eventId") Long eventId, InputStream frame) throws IOException {
        byte[] bytes = frame == null ? new byte[0] : frame.readNBytes(QrFrames.MAX_BYTES + 1);
        return new FrameCode(QrFrames.code(bytes).orElse(null));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    /** A person found by name at the door. */
    @JsonbPropertyOrder({"registrationId", "name", "organisation", "sector", "status", "code"})
    public record Person(Long registrationId, String name, String organisation, String sector, String status, String code) {
        static Person of(Registration registration) {
            return new Person(registration.getId(), registration.getParticipant().fullName(),
                    registration.getParticipant().getOrganisation(), registration.getParticipant().getSector().getCode(),
                    registration.getStatus().name(), registration.getCheckInCode());
        }
    }

    /** What a camera frame held. */
    public record FrameCode(String code) {
    }
}
