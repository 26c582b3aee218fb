package se.samverka.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestBody;
import se.samverka.program.ProgramCalendar;
import se.samverka.program.Session;

/**
 * {@code /api/registrations/{token}}: the participant's own registration, reached only through the
 * unguessable token from their confirmation. An unknown token is a plain 404 that reveals nothing.
 * {@code calendar.ics} below it is their own programme for a calendar.
 */
@Path("registrations/{token}")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnRegistrationResource {

    @Inject
    RegistrationDirectory registrations;

    @Inject
    ChangeService changes;

    @Inject
    CancelService cancellations;

    @Inject
    Instance<CertificateLookup> certificates;

    @GET
    public RegistrationView get(@PathParam("token") String token) {
        return view(registrations.byToken(token));
    }

    @PATCH
    public RegistrationView change(@PathParam("token") String token, @Valid RegistrationChange change) {
        return view(changes.change(token, RequestBody.required(change)));
    }

    @DELETE
    public RegistrationView cancel(@PathParam("token") String token) {
        return view(cancellations.cancel(token));
    }

    /** The participant's own programme as an iCalendar file: their days' sessions and their seated workshops. */
    @GET
    @Path("calendar.ics")
    @Produces(ProgramCalendar.MEDIA_TYPE)
    public Response calendar(@PathParam("token") String token) {
        Registration registration = registrations.byToken(token);
        List<Session> sessions = registrations.programmeOf(registration);
        StreamingOutput body = out -> new ProgramCalendar().write(registration.getEvent(), sessions,
                registration.locale(), out);
        return Response.ok(body, ProgramCalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + registration.getEvent().getSlug() + ".ics\"")
                .build();
    }

    private RegistrationView view(Registration registration) {
        String certificate = certificates.isResolvable()
                ? certificates.get().codeFor(registration.getId()).orElse(null) : null;
        return RegistrationView.of(registration, registrations.positionInLine(registration), certificate);
    }
}
