package se.samverka.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestLanguage;
import se.samverka.security.Role;

/**
 * {@code GET /api/events/{eventId}/survey/results[?by=sector]}: the survey's results for organisers, per question,
 * for everyone together or by sector, no group under three shown on its own (folded into "övriga"/"others", the
 * labels in the caller's language), free text listed alphabetically without any link to a person.
 */
@Path("events/{eventId}/survey/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
public class SurveyResultsResource {

    @Inject
    SurveyResults results;

    @Context
    HttpHeaders headers;

    @GET
    public Results results(@PathParam("eventId") Long eventId, @QueryParam("by") String by,
            @QueryParam("lang") String lang) {
        if (by != null && !"sector".equals(by)) {
            throw new InvalidResultsRequest("by", "surveyResults.error.by", by);
        }
        SurveyResults.Figures figures = results.figures(eventId, by != null, RequestLanguage.of(lang, headers));
        return new Results(figures.respondents(), figures.questions().stream().map(Question::of).toList());
    }

    /** How many responded, and each question's figures. */
    @JsonbPropertyOrder({"respondents", "questions"})
    public record Results(int respondents, List<Question> questions) {
    }

    /**
     * One question: {@code tooFew} when fewer than three answered (then no groups and no texts); {@code texts} for
     * free text only.
     */
    @JsonbPropertyOrder({"id", "kind", "text", "sessionId", "tooFew", "groups", "texts"})
    public record Question(long id, AnswerKind kind, String text, Long sessionId, boolean tooFew, List<Group> groups,
            List<String> texts) {

        static Question of(QuestionFigures figures) {
            ResultQuestion question = figures.question();
            return new Question(question.id(), question.kind(), question.text(), question.sessionId(),
                    figures.tooFew(), figures.groups().stream().map(Group::of).toList(),
                    question.kind() == AnswerKind.TEXT ? figures.texts() : null);
        }
    }

    /** One shown group: its label, how many answered, a rating's mean and the counts per rating or option. */
    @JsonbPropertyOrder({"group", "n", "mean", "counts"})
    public record Group(String group, int n, BigDecimal mean, Map<String, Integer> counts) {

        static Group of(GroupFigures figures) {
            return new Group(figures.group(), figures.n(), figures.mean(), figures.counts());
        }
    }
}
