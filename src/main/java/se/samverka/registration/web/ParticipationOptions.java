package se.samverka.registration.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.event.Event;
import se.samverka.platform.Messages;
import se.samverka.program.Session;
import se.samverka.registration.Question;
import se.samverka.registration.QuestionKind;
import se.samverka.registration.WorkshopSlots;

/**
 * What a participant may choose for an event, labelled in the viewer's language: the days, one
 * workshop per time slot (with room and free seats) and the organiser's questions.
 */
public class ParticipationOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Option> days = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final List<Field> questions = new ArrayList<>();

    static ParticipationOptions of(Event event, List<Session> sessions, List<Question> questions,
            Map<Long, Long> seatsTaken, Locale locale) {
        ParticipationOptions options = new ParticipationOptions();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        event.getDays().forEach(d -> options.days.add(new Option(d.getDate().toString(), d.getDate().format(day))));
        for (WorkshopSlots.Slot slot : WorkshopSlots.of(sessions)) {
            String when = slot.getStart().format(day) + " " + slot.getStart().format(time) + "–"
                    + slot.getEnd().format(time);
            Slot shown = new Slot(String.valueOf(slot.getNumber()), slot.getStart().toLocalDate(),
                    Messages.format(locale, "registrationForm.slot", slot.getNumber(), when));
            String none = Messages.text(locale, "registrationForm.noWorkshop");
            shown.workshops.add(new Option(ParticipationForm.NO_WORKSHOP, none));
            slot.getWorkshops().forEach(w -> shown.workshops.add(
                    new Option(String.valueOf(w.getId()), label(w, seatsTaken.getOrDefault(w.getId(), 0L), locale))));
            options.slots.add(shown);
        }
        questions.forEach(q -> options.questions.add(new Field(String.valueOf(q.getId()), q.getKind(), q.text(locale),
                q.isRequired(), q.getOptions())));
        return options;
    }

    /**
     * "Workshop A (Sal Möckeln, lediga platser: 12 av 25)", or, when every seat is taken,
     * "Workshop A (Sal Möckeln) – Fullbokat: du kan ställa dig i kö", so the person knows before sending.
     */
    private static String label(Session workshop, long taken, Locale locale) {
        List<String> details = new ArrayList<>();
        if (workshop.getRoom() != null) {
            details.add(workshop.getRoom().getName());
        }
        boolean full = !workshop.hasSeatFor(taken);
        if (workshop.getCapacity() != null && !full) {
            details.add(Messages.format(locale, "registrationForm.seatsFree", workshop.getCapacity() - taken,
                    workshop.getCapacity()));
        }
        String label = details.isEmpty() ? workshop.getTitle()
                : workshop.getTitle() + " (" + String.join(", ", details) + ")";
        return full ? label + " – " + Messages.text(locale, "fullyBooked.notice") : label;
    }

    Slot slotOf(String sessionId) {
        return slots.stream().filter(s -> s.workshops.stream().anyMatch(o -> o.value.equals(sessionId)))
                .findFirst().orElse(null);
    }

    public List<Option> getDays() {
        return days;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<Field> getQuestions() {
        return questions;
    }

    /** A value to pick and how it reads. */
    public static final class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String value;
        private final String label;

        Option(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    /** One time slot: "no workshop" first, then its workshops. */
    public static final class Slot implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final LocalDate date;
        private final String legend;
        private final List<Option> workshops = new ArrayList<>();

        Slot(String key, LocalDate date, String legend) {
            this.key = key;
            this.date = date;
            this.legend = legend;
        }

        public String getKey() {
            return key;
        }

        public LocalDate getDate() {
            return date;
        }

        public String getLegend() {
            return legend;
        }

        public List<Option> getWorkshops() {
            return workshops;
        }
    }

    /** One of the organiser's questions. */
    public static final class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final QuestionKind kind;
        private final String text;
        private final boolean required;
        private final List<String> options;

        Field(String key, QuestionKind kind, String text, boolean required, List<String> options) {
            this.key = key;
            this.kind = kind;
            this.text = text;
            this.required = required;
            this.options = List.copyOf(options);
        }

        public String getKey() {
            return key;
        }

        /** The question's id, as the registration's answers are keyed. */
        public Long getId() {
            return Long.valueOf(key);
        }

        public QuestionKind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public boolean isRequired() {
            return required;
        }

        public List<String> getOptions() {
            return options;
        }
    }
}
