package se.samverka.survey.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.samverka.survey.Answer;
import se.samverka.survey.AnswerKind;
import se.samverka.survey.SurveyQuestion;

/**
 * One question on the participant's survey page and what they have chosen or written: {@code value} for a rating
 * ("1"–"5"), one choice or a text; {@code chosen} for several choices. {@code heading} starts a group (the event's
 * questions, then each session's).
 */
public class SurveyAnswerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final AnswerKind kind;
    private final String text;
    private final List<String> options;
    private final String heading;
    private String value;
    private List<String> chosen = new ArrayList<>();

    SurveyAnswerRow(SurveyQuestion question, String heading, String stored) {
        this.id = question.getId();
        this.kind = question.getKind();
        this.text = question.getText();
        this.options = question.getOptionList();
        this.heading = heading;
        if (kind == AnswerKind.MULTI && stored != null) {
            chosen = new ArrayList<>(List.of(stored.split("\n")));
        } else {
            value = stored;
        }
    }

    /** The answer for the service: a rating as a number, several choices as a list; empty when nothing is given. */
    Answer toAnswer() {
        return switch (kind) {
            case RATING -> new Answer(id, value == null || value.isBlank() ? null : ratingOf(value));
            case MULTI -> new Answer(id, chosen == null ? List.of() : List.copyOf(chosen));
            default -> new Answer(id, value);
        };
    }

    private static Object ratingOf(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notARating) {
            return value; // refused by the question, with its text in the message
        }
    }

    public Long getId() { return id; }
    public String getKind() { return kind.name(); }
    public String getText() { return text; }
    public List<String> getOptions() { return options; }
    public String getHeading() { return heading; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen; }
}
