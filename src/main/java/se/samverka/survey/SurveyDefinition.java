package se.samverka.survey;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A survey as the organiser writes it: its questions in order and, optionally, when it opens and closes (by default
 * from the end of the event's last day, for two weeks). Times are local, Europe/Stockholm.
 */
@JsonbPropertyOrder({"questions", "opens", "closes"})
public record SurveyDefinition(List<QuestionDefinition> questions, LocalDateTime opens, LocalDateTime closes) {

    /** One question: its kind, text, the options of SINGLE and MULTI, and the session it is about (if any). */
    @JsonbPropertyOrder({"kind", "text", "options", "sessionId"})
    public record QuestionDefinition(AnswerKind kind, String text, List<String> options, Long sessionId) {
    }

    public List<QuestionDefinition> questionsOrEmpty() {
        return questions == null ? List.of() : questions;
    }
}
