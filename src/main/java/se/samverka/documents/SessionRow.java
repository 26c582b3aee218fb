package se.samverka.documents;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One session of a programme or the subject of an attendance sheet, copied out by the feature that prints it.
 *
 * @param kind     the kind as shown ("Workshop"), in the document's language
 * @param isBreak  shaded in the programme
 * @param theme    the theme as shown, in the document's language; null when none
 * @param room     the room's name; null when none
 * @param speakers the speakers' names in the session's order
 */
public record SessionRow(LocalDateTime start, LocalDateTime end, String title, String kind, boolean isBreak,
        String theme, String room, List<String> speakers) {

    public SessionRow {
        speakers = List.copyOf(speakers);
    }
}
