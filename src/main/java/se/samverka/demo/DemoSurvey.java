package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import se.samverka.event.Event;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;
import se.samverka.survey.Answer;
import se.samverka.survey.AnswerKind;
import se.samverka.survey.SurveyDefinition;
import se.samverka.survey.SurveyDefinition.QuestionDefinition;
import se.samverka.survey.SurveyQuestion;
import se.samverka.survey.SurveyService;

/**
 * The demo conference's evaluation survey: the whole event rated, two sessions rated by those who attended them,
 * "next year?", the most valuable parts, and a free text; answered by 25 of the confirmed participants (always the
 * same, with the same answers: fixed seed). Answers go through {@link SurveyService}, as a participant's would.
 * <p>
 * The conference itself is weeks ahead, and a real survey opens after its last day; the demo's opens NOW, takes the
 * answers and is closed at once, so that the survey, its answers and its results can be shown. A demo convenience
 * only; the answering itself is shown by any new survey.
 */
@ApplicationScoped
class DemoSurvey {

    static final int RESPONDENTS = 25;
    private static final String NEXT_YEAR = "Vill du delta nästa år?";
    private static final List<String> YES_MAYBE_NO = List.of("Ja", "Kanske", "Nej");
    private static final List<String> PARTS = List.of("Föreläsningarna", "Workshopparna", "Dialogen vid borden",
            "Att möta andra verksamheter", "Programmets helhet");
    private static final String[] TAKE_HOME = {
        "Att vi behöver träffas oftare över verksamhetsgränserna.",
        "Tidiga och samordnade insatser – vi tar upp det på nästa arbetsplatsträff.",
        "Bra att höra polisens bild av läget i kommunen.",
        "Mer tid för dialogen i grupperna, gärna lite mindre föreläsning.",
        "Anhörigperspektivet: att fråga efter barnen i varje ärende.",
        "Nu vet jag vem jag ska ringa på skolan och på vårdcentralen.",
        "Risk- och skyddsfaktorerna gav ett gemensamt språk för alla verksamheter.",
        "Att beröm ska vara konkret – det tar jag med till förskolan.",
    };

    @Inject
    SurveyService surveys;

    @Inject
    ProgramService program;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    Clock clock;

    void load(Event event) {
        List<Session> sessions = program.sessions(event.getId());
        Session talk = sessions.stream().filter(s -> s.getTitle().startsWith("Risk- och skyddsfaktorer")).findFirst()
                .orElseThrow();
        Session workshop = sessions.stream().filter(s -> s.getTitle().startsWith("Workshop A")).findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        surveys.define(event.getId(), new SurveyDefinition(List.of(
                new QuestionDefinition(AnswerKind.RATING, "Vad tycker du om konferensen som helhet?", null, null),
                new QuestionDefinition(AnswerKind.RATING, "Hur värdefull var föreläsningen för ditt arbete?", null, talk.getId()),
                new QuestionDefinition(AnswerKind.RATING, "Hur värdefull var workshoppen för ditt arbete?", null, workshop.getId()),
                new QuestionDefinition(AnswerKind.SINGLE, NEXT_YEAR, YES_MAYBE_NO, null),
                new QuestionDefinition(AnswerKind.MULTI, "Vilka delar var mest värdefulla?", PARTS, null),
                new QuestionDefinition(AnswerKind.TEXT, "Vad tar du med dig till ditt arbete?", null, null)),
                now, now.plusWeeks(4)));

        Random random = new Random(20_270_317L);
        List<Registration> confirmed = new ArrayList<>(
                registrations.list(event.getId(), null, RegistrationStatus.CONFIRMED));
        Collections.shuffle(confirmed, random);
        for (Registration registration : confirmed.subList(0, Math.min(RESPONDENTS, confirmed.size()))) {
            String token = registration.getManageToken();
            List<Answer> answers = new ArrayList<>();
            for (SurveyQuestion question : surveys.forParticipant(token).questions()) {
                answers.add(new Answer(question.getId(), value(question, random)));
            }
            surveys.answer(token, answers);
        }
        // results are shown only once a survey is closed (see SurveyResults), so the demo's is closed at once
        surveys.close(event.getId(), "demo");
    }

    /** A plausible answer: mostly good ratings, most want to come back, one to three parts, now and then a text. */
    private static Object value(SurveyQuestion question, Random random) {
        return switch (question.getKind()) {
            case RATING -> 3 + random.nextInt(3) - (random.nextInt(8) == 0 ? 1 : 0);
            case SINGLE -> YES_MAYBE_NO.get(random.nextInt(10) < 7 ? 0 : random.nextInt(10) < 8 ? 1 : 2);
            case MULTI -> {
                List<String> parts = new ArrayList<>(PARTS);
                Collections.shuffle(parts, random);
                yield List.copyOf(parts.subList(0, 1 + random.nextInt(3)));
            }
            case TEXT -> random.nextInt(3) == 0 ? null : TAKE_HOME[random.nextInt(TAKE_HOME.length)];
        };
    }
}
