package se.samverka.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;
import se.samverka.platform.Refusals;

/** Every error of the API as an RFC 9457 problem JSON, in the caller's language; never a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return RequestLanguage.of(headers);
    }

    /** Business rules: their kind gives the status, their key the message. */
    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Context
        HttpHeaders headers;

        Domain withHeaders(HttpHeaders requestHeaders) {
            this.headers = requestHeaders;
            return this;
        }

        @Override
        public Response toResponse(DomainException e) {
            Locale locale = locale(headers);
            List<Problem.FieldError> errors = e.fieldMessages(locale).entrySet().stream()
                    .map(fault -> new Problem.FieldError(fault.getKey(), fault.getValue())).toList();
            return Problem.of(e.problemType(), Response.Status.fromStatusCode(e.kind().status()), e.summary(locale), errors)
                    .toResponse();
        }
    }

    /** Bean Validation on request bodies: one entry per field. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = locale(headers);
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), translate(v, locale)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.of(Response.Status.BAD_REQUEST, Messages.text(locale, "error.validation"), errors)
                    .toResponse();
        }

        private static String field(ConstraintViolation<?> violation) {
            String name = null;
            for (Path.Node node : violation.getPropertyPath()) {
                name = node.getName();
            }
            return name == null ? "body" : name;
        }

        private static String translate(ConstraintViolation<?> violation, Locale locale) {
            String template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                String key = template.substring(1, template.length() - 1);
                String text = Messages.text(locale, key);
                if (!text.equals(key)) {
                    return text;
                }
            }
            return violation.getMessage();
        }
    }

    /** JAX-RS' own errors (404 for unknown paths, 405, 415, 401/403 from @RolesAllowed, ...). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        Web withHeaders(HttpHeaders requestHeaders) {
            this.headers = requestHeaders;
            return this;
        }

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Throwable cause = e.getCause();
            if (original.getStatus() == 400 && isUnreadableBody(cause)) {
                return unreadable(locale(headers));
            }
            Response.StatusType status = original.getStatusInfo();
            Response.ResponseBuilder response = Response.status(status.getStatusCode())
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, Messages.text(locale(headers), "error.http." + status.getStatusCode()), null));
            if (e instanceof NotAuthorizedException && (headers == null || headers.getHeaderString("X-CSRF-Token") == null)) {
                // not for an admin page's script: a Basic challenge would make the browser show its own login box
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Samverka\", charset=\"UTF-8\"");
            }
            return response.build();
        }
    }

    /** A body that is not JSON of the expected shape. */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(locale(headers));
        }
    }

    /** Anything else: logged with its stack trace on the server, a plain 500 problem to the caller. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException web) {
                return new Web().withHeaders(headers).toResponse(web);
            }
            if (isUnreadableBody(e)) {
                return unreadable(locale(headers));
            }
            var refusal = Refusals.of(e);
            if (refusal.isPresent()) {
                LOG.fine(() -> "Refused in the database: " + e);
                return new Domain().withHeaders(headers).toResponse(refusal.get());
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    Messages.text(locale(headers), "error.http.500"), null).toResponse();
        }
    }

    /** JSON that does not parse, or values of the wrong shape (dates, enums, numbers). */
    static boolean isUnreadableBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException
                    || cause instanceof DateTimeParseException || cause instanceof jakarta.ws.rs.core.NoContentException) {
                return true;
            }
            if (cause instanceof ProcessingException && cause.getMessage() != null
                    && cause.getMessage().contains("deserializ")) {
                return true;
            }
        }
        return false;
    }

    static Response unreadable(Locale locale) {
        return Problem.of(Response.Status.BAD_REQUEST, Messages.text(locale, "error.unreadableBody"), null)
                .toResponse();
    }
}
