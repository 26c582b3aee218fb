package se.samverka.dialogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestBody;

/**
 * {@code /api/groups/{groupToken}}: a table's notes, for its scribe's phone, reached only through the token in the
 * QR code on the table card (no login; an unknown token is a plain 404 that reveals nothing). {@code GET} gives
 * the table's number, day and its day's questions with each note's text and version; {@code PUT notes}
 * {@code {"questionId","text","version"}} saves one note: 200 with the note's new version, or 409 when another
 * phone saved since {@code version} (the problem JSON carries the note as it now stands: {@code text} and
 * {@code version} to merge and send again). A note not yet written has version 0.
 */
@Path("groups/{groupToken}")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class GroupNoteResource {

    @Inject
    GroupNoteService notes;

    @GET
    public ScribeSheet get(@PathParam("groupToken") String token) {
        return notes.sheet(token);
    }

    @PUT
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteView save(@PathParam("groupToken") String token, NoteRequest request) {
        RequestBody.required(request);
        return NoteView.of(notes.save(token, request.questionId(), request.text(), request.version()));
    }

    /** A note as the scribe saves it: the version is the one they last read (0 or left out: none yet). */
    public record NoteRequest(Long questionId, String text, Long version) {
    }

    @JsonbPropertyOrder({"questionId", "text", "version", "updatedAt"})
    public record NoteView(Long questionId, String text, long version, LocalDateTime updatedAt) {
        static NoteView of(GroupNote note) {
            return new NoteView(note.getQuestion().getId(), note.getText(), note.getVersion(), note.getUpdatedAt());
        }
    }
}
