package se.samverka.survey.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.samverka.survey.AnswerKind;
import se.samverka.survey.SurveyDefinition;
import se.samverka.survey.SurveyOverview;

/** The organiser's survey editor: the questions in order (added, removed, moved) and the opening and closing times. */
public class SurveyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<QuestionRow> rows = new ArrayList<>();
    private LocalDateTime opens;
    private LocalDateTime closes;

    /** A new survey: one question to start from, times left to their defaults. */
    static SurveyForm blank() {
        SurveyForm form = new SurveyForm();
        form.add();
        return form;
    }

    static SurveyForm of(SurveyOverview overview) {
        SurveyForm form = new SurveyForm();
        overview.questions().forEach(question -> form.rows.add(QuestionRow.of(question)));
        form.opens = overview.survey().getOpensAt();
        form.closes = overview.survey().getClosesAt();
        return form;
    }

    SurveyDefinition toDefinition() {
        return new SurveyDefinition(rows.stream().map(QuestionRow::toQuestion).toList(), opens, closes);
    }

    public void add() {
        rows.add(new QuestionRow());
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Moves the question at {@code index} one place up ({@code -1}) or down ({@code 1}). */
    public void move(int index, int by) {
        int to = index + by;
        if (index >= 0 && index < rows.size() && to >= 0 && to < rows.size()) {
            Collections.swap(rows, index, to);
        }
    }

    public AnswerKind[] getKinds() { return AnswerKind.values(); }
    public List<QuestionRow> getRows() { return rows; }
    public LocalDateTime getOpens() { return opens; }
    public void setOpens(LocalDateTime opens) { this.opens = opens; }
    public LocalDateTime getCloses() { return closes; }
    public void setCloses(LocalDateTime closes) { this.closes = closes; }
}
