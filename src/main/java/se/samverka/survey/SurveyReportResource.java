package se.samverka.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.documents.SurveyReportColumn;
import se.samverka.documents.SurveyReportDocument;
import se.samverka.documents.SurveyReportQuestion;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.security.Role;

/**
 * {@code GET /api/events/{eventId}/survey/report.pdf}: the survey report for organisers, per question the figures
 * for everyone and by sector (suppressed as on the results page), bars, and the free texts.
 */
@Path("events/{eventId}/survey/report.pdf")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class SurveyReportResource {

    @Inject
    EventService events;

    @Inject
    SurveyResults results;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(SurveyReportDocument.MEDIA_TYPE)
    public Response pdf(@PathParam("eventId") Long eventId, @QueryParam("lang") String lang) {
        Locale locale = RequestLanguage.of(lang, headers);
        SurveyResults.Views figures = results.overallAndBySector(eventId, locale);
        Event event = events.get(eventId);
        List<SurveyReportQuestion> questions = questions(figures.overall(), figures.bySector());
        StreamingOutput body = out -> new SurveyReportDocument(event.getTitle(), locale)
                .write(figures.overall().respondents(), SmallGroups.MINIMUM, questions, out);
        return Response.ok(body, SurveyReportDocument.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"utvardering-" + event.getSlug() + ".pdf\"").build();
    }

    /** Each question as the report prints it: everyone's column first, then the shown groups by sector. */
    static List<SurveyReportQuestion> questions(SurveyResults.Figures overall, SurveyResults.Figures bySector) {
        List<SurveyReportQuestion> questions = new ArrayList<>();
        for (int i = 0; i < overall.questions().size(); i++) {
            QuestionFigures everyone = overall.questions().get(i);
            List<SurveyReportColumn> columns = new ArrayList<>();
            everyone.groups().forEach(group -> columns.add(column(group)));
            bySector.questions().get(i).groups().forEach(group -> columns.add(column(group)));
            ResultQuestion question = everyone.question();
            questions.add(new SurveyReportQuestion(question.text(), question.session(), everyone.tooFew(),
                    question.kind() == AnswerKind.RATING, everyone.countKeys(), columns, everyone.texts()));
        }
        return questions;
    }

    private static SurveyReportColumn column(GroupFigures group) {
        return new SurveyReportColumn(group.group(), group.n(), group.mean(),
                group.counts() == null ? List.of() : List.copyOf(group.counts().values()));
    }
}
