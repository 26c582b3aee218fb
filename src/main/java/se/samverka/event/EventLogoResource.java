package se.samverka.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.platform.NotFoundException;
import se.samverka.security.Role;

/** {@code /api/events/{eventId}/logo}: anyone fetches the logo, organisers upload (PNG/JPEG, at most 1 MB) or remove it. */
@Path("events/{eventId}/logo")
@RequestScoped
public class EventLogoResource {

    @Inject
    EventLogoService logos;

    /** What the API says about a stored logo. */
    public record LogoView(Long eventId, String mediaType, String fileName, int size, LocalDateTime uploadedAt,
            long version) {
        static LogoView of(EventLogo logo) {
            return new LogoView(logo.getEventId(), logo.getMediaType(), logo.getFileName(), logo.getSize(),
                    logo.getUploadedAt(), logo.getVersion());
        }
    }

    @GET
    @Produces({LogoImage.PNG, LogoImage.JPEG})
    public Response get(@PathParam("eventId") Long eventId, @Context Request request) {
        EventLogo logo = logos.find(eventId).orElseThrow(() -> new NotFoundException("logo", eventId));
        EntityTag tag = new EntityTag(logo.getEventId() + "-" + logo.getVersion());
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(logo.getContent(), logo.getMediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"" + logo.getFileName().replace("\"", "") + "\"")
                .build();
    }

    @PUT
    @Consumes({LogoImage.PNG, LogoImage.JPEG})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public LogoView upload(@PathParam("eventId") Long eventId, InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(LogoImage.MAX_BYTES + 1);
        EventLogo logo = logos.store(eventId, content, null);
        return LogoView.of(logo);
    }

    @DELETE
    @RolesAllowed(Role.ORGANISER_NAME)
    @SecurityRequirement(name = "basic")
    public Response remove(@PathParam("eventId") Long eventId) {
        if (!logos.remove(eventId)) {
            throw new NotFoundException("logo", eventId);
        }
        return Response.noContent().build();
    }
}
