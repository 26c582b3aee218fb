package se.samverka.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverka.dialogue.GroupNote;
import se.samverka.dialogue.GroupNoteService;
import se.samverka.dialogue.ScribeSheet;
import se.samverka.dialogue.StaleNoteException;
import se.samverka.web.Feedback;

/**
 * The scribe's page of a table ({@code /t/{token}}, no login): per question of the day a box and a save button.
 * When another phone at the table saved first, its text is shown beside the scribe's, which stays in the box, so
 * that nothing is lost; the scribe merges the two and saves again.
 */
@Named
@ViewScoped
public class ScribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupNoteService notes;

    private String t;
    private String eventTitle;
    private int number;
    private LocalDate day;
    private List<NoteDraft> drafts;

    public void load() {
        ScribeSheet sheet = DialoguePages.load(() -> notes.sheet(t));
        if (sheet != null) {
            eventTitle = sheet.event();
            number = sheet.number();
            day = sheet.day();
            drafts = sheet.notes().stream().map(NoteDraft::new).collect(Collectors.toCollection(ArrayList::new));
        }
    }

    public void save(NoteDraft draft) {
        try {
            GroupNote note = notes.save(t, draft.getQuestionId(), draft.getText(), draft.getVersion());
            draft.saved(note.getText(), note.getVersion(), note.getUpdatedAt());
            Feedback.info("scribe.saved", draft.getPosition());
        } catch (StaleNoteException stale) {
            draft.conflict(stale.currentText(), stale.currentVersion());
            Feedback.error("scribe.conflict", draft.getPosition());
        }
    }

    /**
     * Reads what the other phones saved (and the organiser's questions as they now are); boxes with unsaved text
     * keep it and show the other text beside it.
     */
    public void refresh() {
        Map<Long, NoteDraft> mine = drafts.stream()
                .collect(Collectors.toMap(NoteDraft::getQuestionId, Function.identity()));
        List<NoteDraft> fresh = new ArrayList<>();
        for (ScribeSheet.Note note : notes.sheet(t).notes()) {
            NoteDraft draft = mine.get(note.questionId());
            if (draft == null) {
                fresh.add(new NoteDraft(note));
            } else {
                draft.refresh(note);
                fresh.add(draft);
            }
        }
        drafts = fresh;
        if (drafts.stream().anyMatch(NoteDraft::isConflict)) {
            Feedback.error("scribe.conflictOnRefresh");
        } else {
            Feedback.info("scribe.refreshed");
        }
    }

    public List<NoteDraft> getDrafts() { return drafts; }
    public String getEventTitle() { return eventTitle; }
    public int getNumber() { return number; }
    public LocalDate getDay() { return day; }
    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
}
