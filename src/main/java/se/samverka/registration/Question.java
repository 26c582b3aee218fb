package se.samverka.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * An organiser's own question on an event's registration form. Choices are kept one per line;
 * a multiple-choice answer is its chosen options, one per line.
 */
@Entity
@Table(name = "question")
public class Question extends DomainEntity {

    public static final String YES = "yes";
    public static final String NO = "no";
    /** The answer column holds 2000 characters. */
    static final int MAX_ANSWER = 2000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "text_sv", nullable = false)
    private String textSv;

    @Column(name = "text_en")
    private String textEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(length = 2000)
    private String options;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private int position;

    protected Question() {
    }

    public Question(Event event, String textSv, String textEn, QuestionKind kind, List<String> options,
            boolean required, int position) {
        this.event = event;
        this.position = position;
        change(textSv, textEn, kind, options, required);
    }

    public final void change(String newTextSv, String newTextEn, QuestionKind newKind, List<String> newOptions,
            boolean isRequired) {
        if (newTextSv == null || newTextSv.isBlank()) {
            throw new InvalidRegistrationException("textSv", "question.error.textRequired");
        }
        List<String> cleaned = newOptions == null ? List.of()
                : newOptions.stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
        boolean choice = newKind == QuestionKind.SINGLE_CHOICE || newKind == QuestionKind.MULTIPLE_CHOICE;
        if (choice && cleaned.size() < 2) {
            throw new InvalidRegistrationException("options", "question.error.options");
        }
        this.textSv = Text.oneLine(newTextSv, "textSv", 500);
        this.textEn = newTextEn == null || newTextEn.isBlank() ? this.textSv : Text.oneLine(newTextEn, "textEn", 500);
        for (String option : cleaned) {
            Text.oneLine(option, "options", 2000);
        }
        if (String.join("\n", cleaned).length() > 2000) {
            throw new Text.TooLong("options", 2000);
        }
        this.kind = newKind;
        this.options = choice ? String.join("\n", cleaned) : null;
        this.required = isRequired;
    }

    /** Puts the question at this place on the form (1 = first); {@link QuestionService} keeps the numbers in a row. */
    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** The answer as stored, or an error naming this question's field ("answers.{id}"). */
    String accept(String answer) {
        return accept(answer, true);
    }

    /**
     * As {@link #accept(String)}; with {@code requiredApplies} false a required question may stay unanswered:
     * "required" binds the participant's own form, not an organiser registering someone (by hand, at the desk,
     * by import), who may not know the answer. A given answer is checked all the same.
     */
    String accept(String answer, boolean requiredApplies) {
        String value = answer == null ? "" : Text.multiLine(answer, field(), MAX_ANSWER);
        if (value.isEmpty()) {
            if (required && requiredApplies) {
                throw new InvalidRegistrationException(field(), "question.error.required", textSv);
            }
            return null;
        }
        switch (kind) {
            case YES_NO -> {
                if (!value.equals(YES) && !value.equals(NO)) {
                    throw new InvalidRegistrationException(field(), "question.error.yesNo", textSv);
                }
            }
            case SINGLE_CHOICE -> {
                if (!getOptions().contains(value)) {
                    throw new InvalidRegistrationException(field(), "question.error.option", textSv);
                }
            }
            case MULTIPLE_CHOICE -> {
                List<String> chosen = Arrays.stream(value.split("\n")).map(String::strip).distinct().toList();
                if (!getOptions().containsAll(chosen)) {
                    throw new InvalidRegistrationException(field(), "question.error.option", textSv);
                }
                return String.join("\n", chosen);
            }
            default -> {
                // a free text: multiLine above has checked its characters and length
            }
        }
        return value;
    }

    private String field() {
        return "answers." + getId();
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textSv;
    }

    public Event getEvent() {
        return event;
    }

    public String getTextSv() {
        return textSv;
    }

    public String getTextEn() {
        return textEn;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : List.of(options.split("\n"));
    }

    public boolean isRequired() {
        return required;
    }

    public int getPosition() {
        return position;
    }
}
