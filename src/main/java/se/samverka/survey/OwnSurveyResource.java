package se.samverka.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.samverka.api.RateLimited;
import se.samverka.api.RequestBody;

/**
 * {@code /api/registrations/{token}/survey}: a participant with a confirmed place reads the survey's questions put to
 * them and answers them, through their private link, while the survey is open; answering again replaces the
 * answers. Nothing here (nor anywhere) joins an answer to the person: see {@link SurveyResponse}. An unknown token is
 * a plain 404; a survey not open yet or closed a 409 problem saying so.
 */
@Path("registrations/{token}/survey")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnSurveyResource {

    @Inject
    SurveyService surveys;

    @GET
    public OwnSurveyView get(@PathParam("token") String token) {
        return OwnSurveyView.of(surveys.forParticipant(token));
    }

    @PUT
    public OwnSurveyView answer(@PathParam("token") String token, AnswerSheet sheet) {
        return OwnSurveyView.of(surveys.answer(token, RequestBody.required(sheet).toAnswers()));
    }
}
