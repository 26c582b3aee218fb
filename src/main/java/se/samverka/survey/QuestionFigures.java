package se.samverka.survey;

import java.util.List;

/**
 * The results of one question: the shown groups (none when fewer than {@value SmallGroups#MINIMUM} answered) and,
 * for free text, the texts in alphabetical order, never by group.
 */
public record QuestionFigures(ResultQuestion question, int answers, List<GroupFigures> groups, List<String> texts)
        implements java.io.Serializable {

    public QuestionFigures {
        groups = List.copyOf(groups);
        texts = List.copyOf(texts);
    }

    /** Too few answers to show any figure ("för få svar"). */
    public boolean tooFew() {
        return answers < SmallGroups.MINIMUM;
    }

    /** The answer keys counted, in the order shown (ratings 1–5, or the choices); empty for free text. */
    public List<String> countKeys() {
        return groups.isEmpty() || groups.get(0).counts() == null ? List.of()
                : List.copyOf(groups.get(0).counts().keySet());
    }
}
