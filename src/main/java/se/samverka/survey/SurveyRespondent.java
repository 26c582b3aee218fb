package se.samverka.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.samverka.platform.DomainEntity;
import se.samverka.registration.Registration;

/** The mark that a person has answered the survey, for reminders. It says nothing about what they answered. */
@Entity
@Table(name = "survey_respondent")
public class SurveyRespondent extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    protected SurveyRespondent() {
    }

    public SurveyRespondent(Survey survey, Registration registration) {
        this.survey = survey;
        this.registration = registration;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Registration getRegistration() {
        return registration;
    }
}
