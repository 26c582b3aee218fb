package se.samverka.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.privacy.RetentionJson.EventKindView;
import se.samverka.privacy.RetentionJson.KindView;
import se.samverka.privacy.RetentionJson.RunView;
import se.samverka.security.Role;

/**
 * Retention for organisers: each kind of data with its period and what is due now ({@code GET}), running what is
 * due, or one event early ({@code POST run?eventId=}), and one event's schedule and own periods
 * ({@code events/{eventId}}).
 */
@Path("privacy/retention")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionService retention;

    @Inject
    RetentionOverrides overrides;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @GET
    public List<KindView> preview() {
        return retention.preview(LocalDate.now(clock)).stream().map(KindView::of).toList();
    }

    /** Removes what is due now (by the rule, run by this account), or, with {@code eventId}, that event early. */
    @POST
    @Path("run")
    public RunView run(@QueryParam("eventId") Long eventId) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String by = security.getCallerPrincipal().getName();
        return RunView.of(eventId == null ? retention.runDue(now, by) : retention.runEarly(eventId, now, by));
    }

    @GET
    @Path("events/{eventId}")
    public List<EventKindView> event(@PathParam("eventId") Long eventId) {
        return retention.forEvent(eventId).stream().map(EventKindView::of).toList();
    }

    /** Sets the event's own periods: {@code {"needs": 10, "registrations": null}} (null: the installation's). */
    @PUT
    @Path("events/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<EventKindView> override(@PathParam("eventId") Long eventId, Map<String, Integer> periods) {
        RequestBody.required(periods);
        Map<DataKind, Integer> byKind = new EnumMap<>(DataKind.class);
        periods.forEach((key, days) -> byKind.put(DataKind.byKey(key).filter(DataKind::perEvent)
                .orElseThrow(InvalidRetentionPeriodException::new), days));
        overrides.set(eventId, byKind);
        return event(eventId);
    }
}
