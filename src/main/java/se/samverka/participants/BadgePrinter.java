package se.samverka.participants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import se.samverka.dialogue.TableNumbers;
import se.samverka.documents.BadgeCard;
import se.samverka.documents.BadgeSheet;
import se.samverka.event.Event;
import se.samverka.event.EventLogoService;
import se.samverka.event.EventService;

/**
 * Prints an event's name badges, in Swedish surname order, to a stream (with each person's dialogue table once
 * the tables are mixed): the one way badges are made,
 * for the API and for the badge page's background jobs alike. Rows are read a page at a time while
 * the sheet is written, so memory stays flat however many there are.
 */
@ApplicationScoped
public class BadgePrinter {

    @Inject
    EventService events;

    @Inject
    EventLogoService logos;

    @Inject
    ParticipantDirectory directory;

    @Inject
    TableNumbers tables;

    /** What to print, read before anything is written: an unknown event fails here (404), not mid-stream. */
    public Job prepare(Long eventId, BadgeOptions options, Locale locale) {
        Event event = events.get(eventId);
        BadgeSheet sheet = new BadgeSheet(options.layout(), event.getTitle(), logos.content(eventId), locale)
                .shiftedBy(options.rightMm(), options.downMm());
        if (options.start() > 1) {
            sheet = sheet.startingAt(options.start());
        }
        return new Job(eventId, event.getSlug(), sheet, options, locale);
    }

    /** How many badges these options give. */
    public long count(Long eventId, BadgeOptions options) {
        return directory.count(eventId, options.filter());
    }

    /** A prepared sheet: writes the badges, telling {@code progress} after each one is handed to the sheet. */
    public final class Job {
        private final Long eventId;
        private final String slug;
        private final BadgeSheet sheet;
        private final BadgeOptions options;
        private final Locale locale;

        private Job(Long eventId, String slug, BadgeSheet sheet, BadgeOptions options, Locale locale) {
            this.eventId = eventId;
            this.slug = slug;
            this.sheet = sheet;
            this.options = options;
            this.locale = locale;
        }

        /** "namnbrickor-samverkanskonferens-degerforsmodellen.pdf" */
        public String fileName() {
            return "namnbrickor-" + slug + ".pdf";
        }

        /** Writes the PDF; returns how many badges it holds. */
        public int write(OutputStream out, Runnable progress) {
            Map<Long, String> seats = tables.badgeTexts(eventId, locale);
            Iterator<BadgeCard> cards = directory.all(eventId, options.filter(), ParticipantOrder.NAME,
                    registration -> DocumentRows.badge(registration, locale).withTable(seats.get(registration.getId())));
            return sheet.write(new Counting<>(cards, progress), out);
        }
    }

    /** Tells a listener each time an element is taken. */
    static final class Counting<T> implements Iterator<T> {
        private final Iterator<T> inner;
        private final Runnable onEach;

        Counting(Iterator<T> inner, Runnable onEach) {
            this.inner = inner;
            this.onEach = onEach;
        }

        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public T next() {
            T next = inner.next();
            onEach.run();
            return next;
        }
    }
}
