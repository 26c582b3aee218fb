package se.samverka.survey;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one shown group for one question: how many answered, the mean of a rating (one decimal), and how
 * many gave each rating or chose each option, in order. {@code mean} and {@code counts} are null where the kind
 * of question has none.
 */
public record GroupFigures(String group, int n, BigDecimal mean, Map<String, Integer> counts)
        implements java.io.Serializable {
}
