package se.samverka.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.samverka.platform.DomainEntity;
import se.samverka.program.Session;

/**
 * A question of the survey: for the whole event, or (with a session) only for those who attended that session.
 * The choices of SINGLE and MULTI are kept one per line.
 */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends DomainEntity {

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

    public SurveyQuestion(Survey survey, int position, AnswerKind kind, String text, String options, Session session) {
        this.survey = survey;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.options = options;
        this.session = session;
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
