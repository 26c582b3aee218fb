package se.samverka.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import se.samverka.registration.Sector;

/**
 * One person's answers, kept apart from the person: a random id (not the shared sequence, whose neighbouring
 * numbers would tie it to the {@link SurveyRespondent} mark written in the same transaction), no time, only the
 * sector for results by sector. {@code respondentKey} is a keyed hash of the registration with the survey's salt;
 * it exists only while the survey is open.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    private String id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private Sector sector;

    @Column(name = "respondent_key", unique = true)
    private String respondentKey;

    @ElementCollection
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer", length = 4000)
    private Map<Long, String> answers = new HashMap<>();

    protected SurveyResponse() {
    }

    public SurveyResponse(Survey survey, Sector sector, String respondentKey) {
        this.id = UUID.randomUUID().toString();
        this.survey = survey;
        this.sector = sector;
        this.respondentKey = respondentKey;
    }

    /**
     * The person's answers replace whatever they answered before (a question now left out is no longer answered),
     * with their sector as it is now. Each answer is the stored form of {@link SurveyQuestion#validate}.
     */
    public void replace(Map<Long, String> newAnswers, Sector currentSector) {
        if (newAnswers.isEmpty()) {
            throw new InvalidSurveyException("answers", "survey.error.noAnswers");
        }
        answers.clear();
        answers.putAll(newAnswers);
        this.sector = currentSector;
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Sector getSector() {
        return sector;
    }

    public String getRespondentKey() {
        return respondentKey;
    }

    /** Question id → the stored answer (see {@link SurveyQuestion#valueOf}); read-only. */
    public Map<Long, String> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }
}
