package se.samverka.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import se.samverka.api.RateLimited;
import se.samverka.documents.PersonalDataDocument;

/** {@code GET /api/registrations/{token}/data.pdf}: the person's extract as a document in the registration's language. */
@Path("registrations/{token}/data.pdf")
@RequestScoped
@RateLimited
public class OwnDataPdfResource {

    @Inject
    PersonalData personalData;

    @GET
    @Produces({PersonalDataDocument.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("token") String token) {
        PersonExtract extract = personalData.ofToken(token);
        Locale locale = Locale.forLanguageTag(extract.registrations().get(0).language());
        StreamingOutput body = out -> new ExtractPdf(locale).write(extract, out);
        return Response.ok(body, PersonalDataDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"registerutdrag.pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
