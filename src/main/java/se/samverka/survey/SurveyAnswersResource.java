package se.samverka.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.event.EventService;
import se.samverka.participants.CsvExport;
import se.samverka.participants.XlsxExport;
import se.samverka.platform.Messages;
import se.samverka.security.Role;
import se.samverka.platform.PersonalDataExport;

/**
 * {@code GET /api/events/{eventId}/survey/answers.csv|xlsx}: the survey's anonymous answers for organisers, one row
 * per response (sector, then a column per question), with the results' suppression ({@link AnswerTable}); written
 * like the other exports (CSV for Swedish Excel, formulas defused).
 */
@Path("events/{eventId}/survey/answers.{format}")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class SurveyAnswersResource {

    @Inject
    EventService events;

    @Inject
    SurveyResults results;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @PersonalDataExport("survey-answers")
    public Response export(@PathParam("eventId") Long eventId, @PathParam("format") String format,
            @QueryParam("lang") String lang) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new NotFoundException();
        }
        Locale locale = RequestLanguage.of(lang, headers);
        AnswerTable table = results.answerTable(eventId, locale);
        String slug = events.get(eventId).getSlug();
        StreamingOutput body = "csv".equals(format)
                ? out -> CsvExport.table(table.headers(), table.rows().iterator(), out)
                : out -> XlsxExport.table(Messages.text(locale, "surveyResults.sheetName"), table.headers(),
                        table.rows().iterator(), out);
        return Response.ok(body, "csv".equals(format) ? CsvExport.MEDIA_TYPE : XlsxExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"utvardering-" + slug + "." + format + "\"")
                .build();
    }
}
