package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URL;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.DialogueSummaryDocument;
import se.samverka.documents.TableCardsDocument;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.registration.Registration;
import se.samverka.registration.CancelService;
import se.samverka.registration.RegisterService;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.PostgresDatabase;

/**
 * Dialogue questions and the tables' notes on H2 and on PostgreSQL. The tables are made with the entities directly
 * ({@link Tables}), not through the grouping. Two phones saving the same version at the same instant: exactly one
 * wins, the other is told the text it would have overwritten. Every test makes its own event and people.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
class DialoguePersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(DialoguePersistenceIT.class, Tables.class, PostgresDatabase.class,
                Api.class, Api.Reply.class);
    }

    @Inject
    EventService events;

    @Inject
    RegisterService registering;

    @Inject
    CancelService cancellations;

    @Inject
    DialogueQuestionService questions;

    @Inject
    GroupNoteService notes;

    @Inject
    DialoguePapers papers;

    @Inject
    Tables tables;

    @Resource
    ManagedExecutorService executor;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void twoPhonesSavingTheSameVersionAtOnceGiveOneWinnerAndNoLostText() throws Exception {
        Event event = twoDays();
        LocalDate day = event.lastDay().getDate();
        TableGroup table = tables.table(event.getId(), day, 1, List.of(person(event, Sectors.SCHOOL)));
        Long question = questions.create(event.getId(), day, "Vad innebär TSI och förebyggande arbete för dig?").getId();

        List<Outcome> first = race(table.getToken(), question, 0, "Text från mobil A", "Text från mobil B");
        assertEquals(1, first.stream().filter(Outcome::saved).count(), "exactly one first note: " + first);
        Outcome winner = first.stream().filter(Outcome::saved).findFirst().orElseThrow();
        Outcome loser = first.stream().filter(o -> !o.saved()).findFirst().orElseThrow();
        assertEquals(winner.text(), loser.stale().currentText(), "the loser sees the winner's text");
        assertEquals(1, loser.stale().currentVersion());
        assertEquals(1, winner.version());

        List<Outcome> second = race(table.getToken(), question, 1, "Ändrat av A", "Ändrat av B");
        assertEquals(1, second.stream().filter(Outcome::saved).count(), "exactly one change: " + second);
        Outcome changed = second.stream().filter(Outcome::saved).findFirst().orElseThrow();
        assertEquals(2, changed.version());
        assertEquals(changed.text(), second.stream().filter(o -> !o.saved()).findFirst().orElseThrow().stale()
                .currentText());
        ScribeSheet.Note stored = notes.sheet(table.getToken()).notes().get(0);
        assertEquals(changed.text(), stored.text(), "what the winner wrote is what is kept");
        assertEquals(2, stored.version());

        GroupNote merged = notes.save(table.getToken(), question, "Ändrat av A och B", 2L);
        assertEquals(3, merged.getVersion(), "a merge based on the latest version goes through");
    }

    @Test
    void questionsKeepTheirOrderPerDayThroughMovesAndDeletes() {
        Event event = twoDays();
        LocalDate dayOne = event.firstDay().getDate();
        Long a = questions.create(event.getId(), null, "Fråga A").getId();
        Long b = questions.create(event.getId(), null, "Fråga B").getId();
        Long c = questions.create(event.getId(), null, "Fråga C").getId();
        questions.create(event.getId(), dayOne, "En fråga för dag ett");
        assertEquals(List.of("Fråga A", "Fråga B", "Fråga C"), texts(questions.list(event.getId(), null)),
                "without a day: the last day");

        questions.move(event.getId(), c, 1);
        assertEquals(List.of("Fråga C", "Fråga A", "Fråga B"), texts(questions.list(event.getId(), null)));
        questions.change(event.getId(), b, "Fråga B, omskriven", 1);
        questions.delete(event.getId(), a);
        List<DialogueQuestion> left = questions.list(event.getId(), null);
        assertEquals(List.of("Fråga B, omskriven", "Fråga C"), texts(left));
        assertEquals(List.of(1, 2), left.stream().map(DialogueQuestion::getPosition).toList(), "numbered in a row");
        assertEquals(List.of("En fråga för dag ett"), texts(questions.list(event.getId(), dayOne)));
        assertEquals(3, questions.all(event.getId()).size());
        assertThrows(InvalidDialogueQuestionException.class,
                () -> questions.create(event.getId(), dayOne.minusDays(1), "Utanför evenemanget"));
        Event other = twoDays();
        assertThrows(se.samverka.platform.NotFoundException.class, () -> questions.get(other.getId(), b),
                "another event's question is not found through this one");
    }

    @Test
    void theBoardTheCardsAndTheSummaryShowEachTablesAnswerWithItsSectorMixAndNoNames() {
        Event event = twoDays();
        LocalDate day = event.lastDay().getDate();
        Registration cancelled = person(event, Sectors.POLICE);
        TableGroup one = tables.table(event.getId(), day, 1, List.of(person(event, Sectors.SCHOOL),
                person(event, Sectors.POLICE), person(event, Sectors.SCHOOL), cancelled));
        TableGroup two = tables.table(event.getId(), day, 2, List.of(person(event, Sectors.PRESCHOOL)));
        cancellations.cancel(cancelled.getManageToken());
        Long tsi = questions.create(event.getId(), day, "Vad innebär TSI och förebyggande arbete för dig?").getId();
        Long model = questions.create(event.getId(), day, "Vad är Degerforsmodellen idag?").getId();
        notes.save(one.getToken(), tsi, "Att vi ses tidigt.", 0L);
        notes.save(two.getToken(), model, "Korta beslutsvägar.", null);

        NotesBoard board = notes.board(event.getId(), null, Messages.SWEDISH);
        assertEquals(day, board.day());
        assertEquals(List.of(1, 2), board.tables().stream().map(NotesBoard.Table::number).toList());
        assertEquals(List.of("Skola 2, Polis 1", "Förskola 1"),
                board.tables().stream().map(NotesBoard.Table::sectorMix).toList(), "the cancelled is not counted");
        NotesBoard.QuestionNotes first = board.questions().get(0);
        assertEquals(List.of("Att vi ses tidigt.", ""), first.answers().stream().map(NotesBoard.Answer::text).toList());
        assertEquals(1, first.written());
        assertEquals("Korta beslutsvägar.", board.questions().get(1).answers().get(1).text());

        DialoguePapers.Summary summary = papers.summary(event.getId(), day, Locale.ENGLISH);
        assertEquals(new DialogueSummaryDocument.Answer(1, "School 2, Police 1", "Att vi ses tidigt."),
                summary.questions().get(0).answers().get(0));

        DialoguePapers.Cards cards = papers.tableCards(event.getId(), day, Messages.SWEDISH);
        assertEquals(List.of("Vad innebär TSI och förebyggande arbete för dig?", "Vad är Degerforsmodellen idag?"),
                cards.questions());
        TableCardsDocument.Card card = cards.cards().get(0);
        assertEquals(3, card.members().size(), "the cancelled registration is not seated: " + card.members());
        assertTrue(card.scribeUrl().endsWith("/t/" + one.getToken()), card.scribeUrl());
        assertEquals("Skola", card.members().get(0).sector());
        assertThrows(NoTablesException.class, () -> papers.tableCards(event.getId(), event.firstDay().getDate(),
                Messages.SWEDISH), "no tables on day one");
    }

    /** Through the HTTP API as a phone uses it: the sheet, a stale save's 409 with the text to merge, a wrong link. */
    @Test
    void theScribesApiAnswersAStaleSaveWithTheNoteAsItNowStands() {
        Event event = twoDays();
        LocalDate day = event.lastDay().getDate();
        TableGroup table = tables.table(event.getId(), day, 7, List.of(person(event, Sectors.GRYNINGEN)));
        Long question = questions.create(event.getId(), day, "Påverkar det här barnets vardag?").getId();
        Long dayOne = questions.create(event.getId(), event.firstDay().getDate(), "Dag ett").getId();
        Api phone = Api.anonymous(URI.create("http://localhost:" + deploymentUrl.getPort() + "/"));
        String path = "/api/groups/" + table.getToken();

        JsonObject sheet = phone.get(path).json();
        assertEquals(7, sheet.getInt("number"));
        assertEquals(day.toString(), sheet.getString("day"));
        assertEquals(1, sheet.getJsonArray("notes").size(), "only the questions of the table's day");
        JsonObject empty = sheet.getJsonArray("notes").getJsonObject(0);
        assertEquals(question.longValue(), empty.getJsonNumber("questionId").longValue());
        assertEquals(0, empty.getInt("version"));
        assertEquals("", empty.getString("text"));

        Api.Reply saved = phone.put(path + "/notes", """
                {"questionId":%d,"text":"Ja, varje dag.","version":0}""".formatted(question));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(1, saved.json().getInt("version"));
        Api.Reply stale = phone.inLanguage("en").put(path + "/notes", """
                {"questionId":%d,"text":"Nej.","version":0}""".formatted(question));
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.isProblem(), stale.toString());
        JsonObject problem = stale.json();
        assertEquals("tag:samverka.se,2026:dialogue/stale-note", problem.getString("type"));
        assertEquals("Ja, varje dag.", problem.getString("text"));
        assertEquals(1, problem.getInt("version"));
        assertTrue(problem.getString("detail").startsWith("Someone else at the table"), problem.toString());

        assertEquals(400, phone.put(path + "/notes", """
                {"questionId":%d,"text":"Fel dag","version":0}""".formatted(dayOne)).status());
        Api.Reply unknown = phone.get("/api/groups/" + "A".repeat(22));
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
        assertEquals(404, phone.put("/api/groups/not-a-token/notes", "{\"questionId\":1,\"text\":\"x\"}").status());
        assertEquals(401, phone.download("/api/events/" + event.getId() + "/table-cards.pdf").statusCode());
    }

    private List<Outcome> race(String token, Long question, long version, String a, String b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();
        for (String text : List.of(a, b)) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    GroupNote note = notes.save(token, question, text, version);
                    return new Outcome(text, note.getVersion(), null);
                } catch (StaleNoteException stale) {
                    return new Outcome(text, -1, stale);
                }
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> result : results) {
            try {
                outcomes.add(result.get(1, TimeUnit.MINUTES));
            } catch (ExecutionException e) {
                throw new AssertionError("a save failed otherwise than as stale", e.getCause());
            }
        }
        return outcomes;
    }

    /** One phone's save: its text, and the version it made or the refusal it got. */
    record Outcome(String text, long version, StaleNoteException stale) {
        boolean saved() {
            return stale == null;
        }
    }

    private Event twoDays() {
        return events.create(anEvent().lastingDays(2).build());
    }

    private Registration person(Event event, String sector) {
        return registering.register(event.getId(), aRegistration().fromSector(sector).build(), true);
    }

    private static List<String> texts(List<DialogueQuestion> list) {
        return list.stream().map(DialogueQuestion::getText).toList();
    }

    /** Tables made as the grouping would make them: a number, a token, and people seated for the day. */
    @ApplicationScoped
    @Transactional
    public static class Tables {

        private static final SecureRandom RANDOM = new SecureRandom();

        @PersistenceContext
        EntityManager em;

        public TableGroup table(Long eventId, LocalDate day, int number, List<Registration> people) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            TableGroup table = new TableGroup(em.find(Event.class, eventId), day, number,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), LocalDateTime.now());
            em.persist(table);
            for (Registration person : people) {
                em.persist(new TableSeat(table, em.find(Registration.class, person.getId())));
            }
            return table;
        }
    }
}
