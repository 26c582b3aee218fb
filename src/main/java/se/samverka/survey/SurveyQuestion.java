package se.samverka.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;
import se.samverka.program.Session;
import se.samverka.registration.Registration;

/**
 * A question of the survey: for the whole event, or (with a session) only for those who attended that session.
 * The choices of SINGLE and MULTI are kept one per line. Its kind rules what an answer may be
 * ({@link #validate}): RATING a whole number 1–5, SINGLE one of the options, MULTI some of them, TEXT a text of
 * at most {@value #MAX_TEXT_ANSWER} characters.
 */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends DomainEntity {

    public static final int MAX_TEXT = 1000;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_OPTION = 200;
    public static final int MAX_TEXT_ANSWER = 4000;
    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;
    /** The options column holds 4000 characters, line breaks included. */
    private static final int MAX_OPTIONS_STORED = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerKind kind;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(length = 4000)
    private String options;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private Session session;

    protected SurveyQuestion() {
    }

    /** A question with its options one per line (null or empty for RATING and TEXT). */
    public SurveyQuestion(Survey survey, int position, AnswerKind kind, String text, String options, Session session) {
        this(survey, position, kind, text, options == null || options.isEmpty() ? List.of()
                : Arrays.asList(options.split("\n", -1)), session);
    }

    public SurveyQuestion(Survey survey, int position, AnswerKind kind, String text, List<String> options,
            Session session) {
        if (kind == null) {
            throw new InvalidSurveyException("kind", "survey.error.kindRequired");
        }
        this.survey = survey;
        this.position = position;
        this.kind = kind;
        this.text = checkedText(text);
        this.options = checkedOptions(kind, options);
        this.session = session;
    }

    private static String checkedText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidSurveyException("text", "survey.error.textRequired");
        }
        if (Text.hasControlCharacters(stripped)) {
            throw new InvalidSurveyException("text", "survey.error.textOneLine");
        }
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidSurveyException("text", "survey.error.textTooLong", MAX_TEXT);
        }
        return stripped;
    }

    /** Options only for SINGLE and MULTI: 2–20 different ones, each one line of at most 200 characters. */
    private static String checkedOptions(AnswerKind kind, List<String> given) {
        List<String> options = given == null ? List.of() : given;
        if (!kind.hasOptions()) {
            if (!options.isEmpty()) {
                throw new InvalidSurveyException("options", "survey.error.noOptions");
            }
            return null;
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new InvalidSurveyException("options", "survey.error.optionCount", MIN_OPTIONS, MAX_OPTIONS);
        }
        List<String> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            String stripped = option == null ? "" : option.strip();
            if (stripped.isEmpty()) {
                throw new InvalidSurveyException("options", "survey.error.optionBlank");
            }
            if (Text.hasControlCharacters(stripped)) {
                throw new InvalidSurveyException("options", "survey.error.optionOneLine");
            }
            if (stripped.length() > MAX_OPTION) {
                throw new InvalidSurveyException("options", "survey.error.optionTooLong", MAX_OPTION);
            }
            if (!seen.add(stripped)) {
                throw new InvalidSurveyException("options", "survey.error.optionTwice", stripped);
            }
            checked.add(stripped);
        }
        String joined = String.join("\n", checked);
        if (joined.length() > MAX_OPTIONS_STORED) {
            throw new InvalidSurveyException("options", "survey.error.optionsTooLong", MAX_OPTIONS_STORED);
        }
        return joined;
    }

    /** Whether the question is put to this person: every event-wide one, a session's only to those who attended it. */
    public boolean isFor(Registration registration) {
        return session == null || registration.attends(session);
    }

    /**
     * The answer as it is stored, or null when the value is no answer at all (null, a blank text, no choice).
     * A value is of the kind's type: RATING a whole number ({@link Number}), SINGLE and TEXT a {@link String},
     * MULTI a {@link List} of strings (kept in the options' order, whatever order they came in).
     * Anything else is refused with a message that names this question.
     */
    public String validate(Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case RATING -> rating(value);
            case SINGLE -> single(value);
            case MULTI -> multi(value);
            case TEXT -> freeText(value);
        };
    }

    private String rating(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long rating = ((Number) value).longValue();
            if (rating >= LOWEST_RATING && rating <= HIGHEST_RATING) {
                return Long.toString(rating);
            }
        }
        throw refused();
    }

    private String single(Object value) {
        if (!(value instanceof String chosen)) {
            throw refused();
        }
        if (chosen.isBlank()) {
            return null;
        }
        if (!getOptionList().contains(chosen.strip())) {
            throw refused();
        }
        return chosen.strip();
    }

    private String multi(Object value) {
        if (!(value instanceof List<?> items)) {
            throw refused();
        }
        Set<String> chosen = new HashSet<>();
        for (Object item : items) {
            if (!(item instanceof String option) || !getOptionList().contains(option.strip())) {
                throw refused();
            }
            chosen.add(option.strip());
        }
        List<String> inOrder = getOptionList().stream().filter(chosen::contains).toList();
        return inOrder.isEmpty() ? null : String.join("\n", inOrder);
    }

    private String freeText(Object value) {
        if (!(value instanceof String written)) {
            throw refused();
        }
        String stripped = written.strip();
        if (stripped.chars().anyMatch(SurveyQuestion::isControlInText)) {
            throw new InvalidAnswerException(getId(), "survey.error.answerCharacters", text);
        }
        if (stripped.length() > MAX_TEXT_ANSWER) {
            throw new InvalidAnswerException(getId(), "survey.error.answerTooLong", text, MAX_TEXT_ANSWER);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** Control characters other than line breaks and tabs (which a free text may have). */
    private static boolean isControlInText(int c) {
        return c != '\n' && c != '\r' && c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private InvalidAnswerException refused() {
        return new InvalidAnswerException(getId(), "survey.error.value." + kind.name(), text);
    }

    /**
     * A stored answer as its kind's value, the opposite of {@link #validate}: RATING an {@link Integer}, MULTI a
     * {@link List} of strings, SINGLE and TEXT the string. Null stays null.
     */
    public Object valueOf(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (kind) {
            case RATING -> Integer.valueOf(stored);
            case MULTI -> List.of(stored.split("\n"));
            default -> stored;
        };
    }

    /** Whether the other question asks the same as this one: kind, text, options and session alike. */
    public boolean asksTheSameAs(SurveyQuestion other) {
        return kind == other.kind && text.equals(other.text) && Objects.equals(options, other.options)
                && Objects.equals(session, other.session);
    }

    public List<String> getOptionList() {
        return options == null ? List.of() : List.of(options.split("\n"));
    }

    public Survey getSurvey() {
        return survey;
    }

    public int getPosition() {
        return position;
    }

    public AnswerKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getOptions() {
        return options;
    }

    public Session getSession() {
        return session;
    }
}
