package se.samverka.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.PersonalDataDocument;
import se.samverka.platform.PersonalDataExport;
import se.samverka.security.Role;

/** {@code GET /api/privacy/persons.pdf?email=}: the organiser's person extract as a document (logged as an export). */
@Path("privacy/persons.pdf")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class PersonPdfResource {

    @Inject
    PersonalData personalData;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({PersonalDataDocument.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PersonalDataExport("person.pdf")
    public Response pdf(@QueryParam("email") String email, @QueryParam("lang") String lang) {
        PersonExtract extract = personalData.ofEmail(email);
        request.setAttribute(ExportLogFilter.FILTER, "records=" + extract.records());
        java.util.Locale locale = RequestLanguage.of(lang, headers);
        StreamingOutput body = out -> new ExtractPdf(locale).write(extract, out);
        return Response.ok(body, PersonalDataDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"registerutdrag.pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
