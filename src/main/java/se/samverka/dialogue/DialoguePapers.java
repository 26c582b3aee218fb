package se.samverka.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.documents.DialogueSummaryDocument;
import se.samverka.documents.TableCardsDocument;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.PublicAddress;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;

/**
 * What the dialogue's PDFs print, read in one transaction before the document is written: the table cards of a
 * day (each with its scribe's link, {@code /t/{token}}) and the day's summary of what the tables wrote.
 */
@ApplicationScoped
@Transactional
public class DialoguePapers {

    @Inject
    EventService events;

    @Inject
    DialogueQueries queries;

    @Inject
    GroupNoteService notes;

    @Inject
    PublicAddress address;

    /** What the table cards of a day print. */
    public record Cards(String eventTitle, String slug, LocalDate day, List<String> questions,
            List<TableCardsDocument.Card> cards) {
    }

    /** What the summary of a day prints. */
    public record Summary(String eventTitle, String slug, LocalDate day, List<DialogueSummaryDocument.Question> questions) {
    }

    /** The cards of a day (the last day when none is given); refused while the day has no tables. */
    public Cards tableCards(Long eventId, LocalDate day, Locale locale) {
        Event event = events.get(eventId);
        LocalDate date = DialogueDays.of(event, day);
        Map<TableGroup, List<Registration>> tables = queries.tables(eventId, date);
        if (tables.isEmpty()) {
            throw new NoTablesException(date);
        }
        List<TableCardsDocument.Card> cards = tables.entrySet().stream()
                .map(table -> new TableCardsDocument.Card(table.getKey().getNumber(),
                        table.getValue().stream().map(r -> member(r.getParticipant(), locale)).toList(),
                        scribeLink(table.getKey())))
                .toList();
        List<String> questions = queries.questions(eventId, date).stream().map(DialogueQuestion::getText).toList();
        return new Cards(event.getTitle(), event.getSlug(), date, questions, cards);
    }

    /** The summary of a day (the last day when none is given). */
    public Summary summary(Long eventId, LocalDate day, Locale locale) {
        NotesBoard board = notes.board(eventId, day, locale);
        List<DialogueSummaryDocument.Question> questions = board.questions().stream()
                .map(question -> new DialogueSummaryDocument.Question(question.position(), question.text(),
                        question.answers().stream()
                                .map(a -> new DialogueSummaryDocument.Answer(a.table(), a.sectorMix(), a.text()))
                                .toList()))
                .toList();
        return new Summary(board.eventTitle(), events.get(eventId).getSlug(), board.day(), questions);
    }

    /** The address in a table's QR code: its scribe's page. */
    String scribeLink(TableGroup table) {
        return address.at("t", table.getToken()).toString();
    }

    private static TableCardsDocument.Member member(Participant person, Locale locale) {
        return new TableCardsDocument.Member(person.fullName(), person.getOrganisation(),
                person.getSector().name(locale));
    }
}
