package se.samverka.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.security.Role;

/** {@code GET /api/privacy/exports[?eventId=&max=]}: the export log for organisers, newest first. */
@Path("privacy/exports")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

    @Inject
    ExportLog log;

    @GET
    public List<ExportView> list(@QueryParam("eventId") Long eventId, @QueryParam("max") @DefaultValue("100") int max) {
        return log.latest(eventId, max).stream().map(ExportView::of).toList();
    }

    /** One export: when, by whom, which event, what, which filter. */
    @JsonbPropertyOrder({"exportedAt", "exportedBy", "eventId", "what", "filter"})
    public record ExportView(LocalDateTime exportedAt, String exportedBy, Long eventId, String what, String filter) {
        static ExportView of(ExportLogEntry entry) {
            return new ExportView(entry.getExportedAt(), entry.getExportedBy(), entry.getEventId(), entry.getWhat(),
                    entry.getFilter());
        }
    }
}
