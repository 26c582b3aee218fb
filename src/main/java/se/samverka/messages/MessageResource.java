package se.samverka.messages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;
import se.samverka.api.RequestLanguage;
import se.samverka.security.Role;

/** {@code /api/events/{eventId}/messages}: organisers write to participants and see how the mails went. */
@Path("events/{eventId}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class MessageResource {

    @Inject
    MessageService messages;

    @Inject
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /** Queues one mail per recipient; 202, as they are delivered after the answer (see {@code GET}). */
    @POST
    public Response send(@PathParam("eventId") Long eventId, MessageDraft draft) {
        RequestBody.required(draft);
        EventMessage sent = messages.send(eventId, draft, security.getCallerPrincipal().getName(),
                RequestLanguage.of(headers));
        return Response.accepted(new Accepted(sent.getId(), sent.getRecipients())).build();
    }

    /** The message as its first recipient would read it, and how many it would reach; nothing is sent. */
    @POST
    @Path("preview")
    public MessageService.Preview preview(@PathParam("eventId") Long eventId, MessageDraft draft) {
        RequestBody.required(draft);
        return messages.preview(eventId, draft, RequestLanguage.of(headers));
    }

    @GET
    public List<SentMessage> list(@PathParam("eventId") Long eventId) {
        return messages.sent(eventId);
    }

    /** The answer to a message sent: its id and how many it goes to. */
    @JsonbPropertyOrder({"id", "recipients"})
    public record Accepted(Long id, int recipients) {
    }
}
