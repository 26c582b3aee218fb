package se.samverka.registration.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import se.samverka.registration.Question;
import se.samverka.registration.QuestionKind;

/** The question editor's fields: a new question (no id) or the one being changed. Options one per line. */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String textSv;
    private String textEn;
    private QuestionKind kind = QuestionKind.TEXT;
    private String options;
    private boolean required;

    static QuestionForm of(Question question) {
        QuestionForm form = new QuestionForm();
        form.id = question.getId();
        form.textSv = question.getTextSv();
        // An English text that only copies the Swedish one stays empty, so that it follows a changed Swedish text.
        form.textEn = question.getTextEn().equals(question.getTextSv()) ? null : question.getTextEn();
        form.kind = question.getKind();
        form.options = String.join("\n", question.getOptions());
        form.required = question.isRequired();
        return form;
    }

    List<String> optionList() {
        return options == null ? List.of() : Arrays.asList(options.split("\\R"));
    }

    /** Whether the kind offers options to choose from (the options field is shown only then). */
    public boolean isChoice() {
        return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }

    public boolean isExisting() { return id != null; }
    public QuestionKind[] getKinds() { return QuestionKind.values(); }
    public Long getId() { return id; }
    public String getTextSv() { return textSv; }
    public void setTextSv(String textSv) { this.textSv = textSv; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public QuestionKind getKind() { return kind; }
    public void setKind(QuestionKind kind) { this.kind = kind; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
}
