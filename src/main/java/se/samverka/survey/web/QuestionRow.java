package se.samverka.survey.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import se.samverka.survey.AnswerKind;
import se.samverka.survey.SurveyDefinition;
import se.samverka.survey.SurveyQuestion;

/** One question in the organiser's survey editor: kind, text, options one per line, and the session (none: the event). */
public class QuestionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private AnswerKind kind = AnswerKind.RATING;
    private String text;
    private String options;
    private Long sessionId;

    static QuestionRow of(SurveyQuestion question) {
        QuestionRow row = new QuestionRow();
        row.kind = question.getKind();
        row.text = question.getText();
        row.options = question.getKind().hasOptions() ? String.join("\n", question.getOptionList()) : null;
        row.sessionId = question.getSession() == null ? null : question.getSession().getId();
        return row;
    }

    /** The question for the service; blank option lines are left out, and options only for the kinds that have them. */
    SurveyDefinition.QuestionDefinition toQuestion() {
        List<String> lines = !isChoice() || options == null ? List.of()
                : Arrays.stream(options.split("\\R")).filter(line -> !line.isBlank()).toList();
        return new SurveyDefinition.QuestionDefinition(kind, text, lines, sessionId);
    }

    /** Whether the kind has options (the options field is shown only then). */
    public boolean isChoice() {
        return kind != null && kind.hasOptions();
    }

    public List<String> getOptionList() {
        return toQuestion().options();
    }

    public AnswerKind getKind() { return kind; }
    public void setKind(AnswerKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
}
