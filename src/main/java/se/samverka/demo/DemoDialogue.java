package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.samverka.dialogue.DialogueQuestionService;
import se.samverka.dialogue.GroupNoteService;
import se.samverka.dialogue.NotesBoard;
import se.samverka.event.Event;
import se.samverka.platform.Messages;

/**
 * The dialogue of the demo conference's second day: the questions the Degerfors tables discussed, and what the
 * first tables wrote, so that the notes page, the table cards and the summary show something real. Runs after
 * the tables are made (DemoTables); without tables it leaves the questions alone.
 */
@ApplicationScoped
class DemoDialogue {

    static final List<String> QUESTIONS = List.of(
            "Vad innebär TSI och förebyggande arbete för dig?",
            "Vad är Degerforsmodellen idag, och vad behöver vi göra mer av tillsammans?",
            "Påverkar det här barnets vardag? Vad kan du göra som inte riktigt ingår i ditt uppdrag men gynnar det?");

    /** What the first tables wrote, question by question. */
    private static final List<List<String>> NOTES = List.of(
            List.of("Att vi fångar oron tidigt och gör något tillsammans innan det blir ett ärende.\n"
                            + "TSI är mest att veta vem man ringer: förskolan, elevhälsan och socialtjänsten känner varandra.",
                    "Korta beslutsvägar och att vi träffas. Mer gemensam fortbildning, gärna med polisen.",
                    "Ja: barnet är med i bilden även när vi möter en förälder. Vi kan följa med till första mötet hos "
                            + "en annan verksamhet."),
            List.of("Förebyggande arbete lönar sig, men det syns inte i vår budget. Vi vill kunna visa effekten.",
                    "Ett nätverk som bär även när personal byts. Familjeguiden behöver bli mer känd.",
                    ""),
            List.of("Samordnade insatser kring hela familjen; barn som anhöriga ska inte glömmas bort.",
                    "",
                    "Berömma ansträngning och inte bara prestation, i skolan och på fritiden."));

    @Inject
    DialogueQuestionService questions;

    @Inject
    GroupNoteService notes;

    void load(Event event) {
        LocalDate dayTwo = event.lastDay().getDate();
        if (!questions.list(event.getId(), dayTwo).isEmpty()) {
            return;
        }
        List<Long> ids = QUESTIONS.stream().map(text -> questions.create(event.getId(), dayTwo, text).getId()).toList();
        List<NotesBoard.Table> tables = notes.board(event.getId(), dayTwo, Messages.SWEDISH).tables();
        for (int t = 0; t < Math.min(NOTES.size(), tables.size()); t++) {
            for (int q = 0; q < ids.size(); q++) {
                String text = NOTES.get(t).get(q);
                if (!text.isEmpty()) {
                    notes.save(tables.get(t).token(), ids.get(q), text, 0L);
                }
            }
        }
    }
}
