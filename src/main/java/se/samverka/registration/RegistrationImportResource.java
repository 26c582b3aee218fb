package se.samverka.registration;

import se.samverka.api.RequestLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.Problem;
import se.samverka.platform.Messages;
import se.samverka.security.Role;

/**
 * {@code POST /api/events/{eventId}/registrations/import}: an organiser sends a participant list (CSV
 * body, spreadsheet body, or a multipart field "file"). {@code ?dryRun=true} answers the preview and
 * saves nothing; otherwise all rows are registered, or none when any row has an error (400).
 */
@Path("events/{eventId}/registrations/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class RegistrationImportResource {

    /** Larger uploads are refused: 2 MB holds thousands of rows. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    ImportService imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel"})
    public Response importBody(@PathParam("eventId") Long eventId, @QueryParam("dryRun") String dryRun,
            InputStream body) throws IOException {
        return run(eventId, isDryRun(dryRun), body);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@PathParam("eventId") Long eventId, @QueryParam("dryRun") String dryRun,
            @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidRegistrationException("file", "import.error.noFile");
        }
        return run(eventId, isDryRun(dryRun), file.getContent());
    }

    /** Only {@code true} or {@code false} (or nothing): a misspelt {@code ?dryRun=yes} must not import for real. */
    private static boolean isDryRun(String dryRun) {
        if (dryRun == null || dryRun.isEmpty() || dryRun.equals("false")) {
            return false;
        }
        if (dryRun.equals("true")) {
            return true;
        }
        throw new InvalidRegistrationException("dryRun", "import.error.dryRun");
    }

    private Response run(Long eventId, boolean dryRun, InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new InvalidRegistrationException("file", "import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        ImportPreview preview = imports.preview(eventId, content);
        Locale locale = RequestLanguage.of(headers);
        List<Problem.FieldError> fileErrors = fieldErrors(preview.getFileErrors(), locale);
        if (dryRun) {
            return Response.ok(new ImportReport(true, 0, preview.getValidCount(), fileErrors,
                    preview.getRows().stream().map(row -> RowReport.of(row, locale)).toList())).build();
        }
        if (!preview.isImportable()) {
            List<RowReport> failed = preview.getRows().stream().filter(row -> !row.isValid())
                    .map(row -> RowReport.of(row, locale)).toList();
            return Response.status(Response.Status.BAD_REQUEST).type(Problem.MEDIA_TYPE)
                    .entity(new ImportProblem("about:blank", "Bad Request", 400, fileErrors.isEmpty()
                            ? Messages.text(locale, "import.error.notImported") : fileErrors.get(0).message(),
                            fileErrors, failed))
                    .build();
        }
        int imported = imports.importAll(eventId, preview.validRequests()).size();
        return Response.ok(new ImportReport(false, imported, imported, fileErrors, List.of())).build();
    }

    static List<Problem.FieldError> fieldErrors(List<ImportError> errors, Locale locale) {
        return errors.stream().map(e -> new Problem.FieldError(e.field() == null ? "file" : e.field(),
                e.message(locale))).toList();
    }

    /** The result of an import or a dry run; {@code rows} lists every row of a dry run. */
    @JsonbPropertyOrder({"dryRun", "imported", "valid", "errors", "rows"})
    public record ImportReport(boolean dryRun, int imported, long valid, List<Problem.FieldError> errors,
            List<RowReport> rows) {
    }

    /** One row of the file (the header is row 1) and what is wrong with it. */
    @JsonbPropertyOrder({"row", "email", "errors"})
    public record RowReport(int row, String email, List<Problem.FieldError> errors) {
        static RowReport of(ImportRow row, Locale locale) {
            return new RowReport(row.getNumber(), row.getEmail(), fieldErrors(row.getErrors(), locale));
        }
    }

    /** A problem JSON (RFC 9457) that also lists the rows at fault. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "rows"})
    public record ImportProblem(String type, String title, int status, String detail,
            List<Problem.FieldError> errors, List<RowReport> rows) {
    }
}
