package se.samverka.dialogue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.samverka.api.Problem;
import se.samverka.api.RequestLanguage;

/**
 * A stale note save as an RFC 9457 problem (409) with the note as it now stands as extension members
 * ({@code questionId}, {@code text}, {@code version}), so that the scribe's client can show the other phone's
 * text, merge, and save again without a second request.
 */
@Provider
public class StaleNoteMapper implements ExceptionMapper<StaleNoteException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(StaleNoteException stale) {
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                .entity(StaleNoteProblem.of(stale, stale.summary(RequestLanguage.of(headers)))).build();
    }

    /** The problem's standard members and the current note. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "questionId", "text", "version"})
    public record StaleNoteProblem(String type, String title, int status, String detail, Long questionId, String text,
            long version) {

        static StaleNoteProblem of(StaleNoteException stale, String detail) {
            return new StaleNoteProblem(stale.problemType(), Response.Status.CONFLICT.getReasonPhrase(),
                    Response.Status.CONFLICT.getStatusCode(), detail, stale.questionId(), stale.currentText(),
                    stale.currentVersion());
        }
    }
}
