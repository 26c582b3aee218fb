package se.samverka.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} lists the fields at fault, if any. */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One input field and what is wrong with it, in the caller's language. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        return of("about:blank", status, detail, errors);
    }

    public static Problem of(String type, Response.StatusType status, String detail, List<FieldError> errors) {
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail, null,
                errors == null || errors.isEmpty() ? null : errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
