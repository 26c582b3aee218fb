package se.samverka.survey;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's answers as the API takes them: {@code {"answers":[{"questionId","value"}]}}, where a value's JSON
 * type depends on its question (a number for RATING, a text for SINGLE and TEXT, a list of texts for MULTI); the
 * question checks it ({@link SurveyQuestion#validate}).
 */
@JsonbPropertyOrder({"answers"})
public record AnswerSheet(List<GivenAnswer> answers) {

    /** One answer as sent. */
    @JsonbPropertyOrder({"questionId", "value"})
    public record GivenAnswer(Long questionId, JsonValue value) {
    }

    /** The answers with their values as Java values; a value of no kind's type is passed on as it is, to be refused. */
    List<Answer> toAnswers() {
        return answers == null ? List.of()
                : answers.stream().map(given -> new Answer(given.questionId(), plain(given.value()))).toList();
    }

    private static Object plain(JsonValue json) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (json instanceof JsonString text) {
            return text.getString();
        }
        if (json instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return json;
            }
        }
        if (json instanceof JsonArray array) {
            List<Object> items = new ArrayList<>();
            array.forEach(item -> items.add(item instanceof JsonString text ? text.getString() : item));
            return items;
        }
        return json;
    }
}
