package se.samverka.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.registration.Registration;

/**
 * What the tables write: the scribe reads and saves their table's notes through its link (no login: the token is
 * the secret; an unknown one is a plain 404), and the organiser reads every table's notes of a day.
 *
 * <p>Saves of one table are taken one at a time (its row is locked), and each names the version it was based on:
 * when another phone saved in between, the save is refused with the note as it now stands
 * ({@link StaleNoteException}), so no one's text is lost.
 */
@ApplicationScoped
@Transactional
public class GroupNoteService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    DialogueQueries queries;

    @Inject
    Clock clock;

    /** The table behind a scribe link, its day's questions and what it has written. */
    public ScribeSheet sheet(String token) {
        TableGroup table = table(token, false);
        Map<Long, GroupNote> notes = queries.notes(table).stream().collect(Collectors.toMap(note -> note.getQuestion().getId(), Function.identity()));
        return new ScribeSheet(table.getEvent().getTitle(), table.getNumber(), table.getDay(),
                queries.questions(table.getEvent().getId(), table.getDay()).stream()
                        .map(question -> ScribeSheet.Note.of(question, notes.get(question.getId())))
                        .toList());
    }

    /**
     * Saves the table's note to a question of its day, based on the version the scribe saw (null or 0: none
     * written yet). Returns the note with its new version.
     */
    public GroupNote save(String token, Long questionId, String text, Long seenVersion) {
        TableGroup table = table(token, true);
        DialogueQuestion question = questionId == null ? null : em.find(DialogueQuestion.class, questionId);
        if (question == null || !question.isFor(table)) {
            throw new InvalidNoteException("questionId", "groupNotes.error.unknownQuestion");
        }
        long seen = seenVersion == null ? 0 : seenVersion;
        LocalDateTime now = LocalDateTime.now(clock);
        GroupNote note = queries.note(table, question).orElse(null);
        if (note == null) {
            note = GroupNote.first(table, question, text, seen, now);
            em.persist(note);
        } else {
            note.rewrite(text, seen, now);
        }
        em.flush();
        return note;
    }

    /** Every table's notes of a day (the last day when none is given), question by question. */
    public NotesBoard board(Long eventId, LocalDate day, Locale locale) {
        Event event = events.get(eventId);
        LocalDate date = DialogueDays.of(event, day);
        Map<TableGroup, List<Registration>> tables = queries.tables(eventId, date);
        Map<TableGroup, String> mixes = tables.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> SectorMix.of(entry.getValue().stream().map(r -> r.getParticipant().getSector()).toList(),
                        locale).text()));
        Map<String, GroupNote> notes = queries.notes(eventId, date).stream()
                .collect(Collectors.toMap(note -> key(note.getGroup(), note.getQuestion()), Function.identity()));
        List<NotesBoard.QuestionNotes> questions = new ArrayList<>();
        for (DialogueQuestion question : queries.questions(eventId, date)) {
            List<NotesBoard.Answer> answers = tables.keySet().stream().map(table -> {
                GroupNote note = notes.get(key(table, question));
                return new NotesBoard.Answer(table.getNumber(), mixes.get(table), note == null ? "" : note.getText(),
                        note == null ? null : note.getUpdatedAt());
            }).toList();
            questions.add(new NotesBoard.QuestionNotes(question.getId(), question.getPosition(), question.getText(),
                    answers));
        }
        return new NotesBoard(event.getTitle(), date, tables.keySet().stream()
                .map(table -> new NotesBoard.Table(table.getNumber(), mixes.get(table), table.getToken())).toList(),
                questions);
    }

    private TableGroup table(String token, boolean locked) {
        return queries.table(token, locked).orElseThrow(UnknownTableLinkException::new);
    }

    private static String key(TableGroup table, DialogueQuestion question) {
        return table.getId() + ":" + question.getId();
    }
}
