package se.samverka.registration.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.samverka.registration.QuestionKind;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationChange;

/**
 * The part of a registration the participant chooses and may change later: days, one workshop per
 * slot, needs, answers and whether they are listed. Workshops on days not attended are dropped.
 */
public class ParticipationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NO_WORKSHOP = "0";

    private List<String> days = new ArrayList<>();
    private final Map<String, String> workshops = new HashMap<>();
    private String dietary;
    private String accessibility;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, List<String>> choices = new HashMap<>();
    private boolean consentListed;

    /** A new registration: every day, no workshop, nothing answered. */
    void start(ParticipationOptions options) {
        days = new ArrayList<>(options.getDays().stream().map(ParticipationOptions.Option::getValue).toList());
        options.getSlots().forEach(slot -> workshops.put(slot.getKey(), NO_WORKSHOP));
        options.getQuestions().forEach(question -> choices.put(question.getKey(), new ArrayList<>()));
    }

    /** The registration as it stands. */
    void fill(Registration registration, ParticipationOptions options) {
        start(options);
        days = new ArrayList<>(registration.getDays().stream().map(LocalDate::toString).toList());
        registration.getChoices().forEach(choice -> {
            ParticipationOptions.Slot slot = options.slotOf(String.valueOf(choice.getSession().getId()));
            if (slot != null) {
                workshops.put(slot.getKey(), String.valueOf(choice.getSession().getId()));
            }
        });
        for (ParticipationOptions.Field question : options.getQuestions()) {
            String answer = registration.getAnswers().get(Long.valueOf(question.getKey()));
            if (answer != null && question.getKind() == QuestionKind.MULTIPLE_CHOICE) {
                choices.put(question.getKey(), new ArrayList<>(Arrays.asList(answer.split("\n"))));
            } else if (answer != null) {
                answers.put(question.getKey(), answer);
            }
        }
        dietary = registration.getDietary();
        accessibility = registration.getAccessibility();
        consentListed = registration.isConsentListed();
    }

    Set<LocalDate> chosenDays() {
        Set<LocalDate> chosen = new TreeSet<>();
        days.forEach(day -> chosen.add(LocalDate.parse(day)));
        return chosen;
    }

    List<Long> sessionIds(ParticipationOptions options) {
        Set<LocalDate> chosen = chosenDays();
        return options.getSlots().stream()
                .filter(slot -> chosen.contains(slot.getDate()))
                .map(slot -> workshops.get(slot.getKey()))
                .filter(ParticipationForm::isWorkshopId)
                .map(Long::valueOf).toList();
    }

    /**
     * A chosen workshop's id; "no workshop" ({@value #NO_WORKSHOP}), nothing (a post without the radio)
     * and anything that is no id at all (a hand-made post) choose none.
     */
    private static boolean isWorkshopId(String value) {
        return value != null && !NO_WORKSHOP.equals(value) && value.matches("[1-9][0-9]{0,17}");
    }

    /** Answers by question id; several chosen options one per line. */
    Map<String, String> answers(ParticipationOptions options) {
        Map<String, String> given = new HashMap<>();
        for (ParticipationOptions.Field question : options.getQuestions()) {
            String answer = question.getKind() == QuestionKind.MULTIPLE_CHOICE
                    ? String.join("\n", choices.getOrDefault(question.getKey(), List.of()))
                    : answers.get(question.getKey());
            if (answer != null && !answer.isBlank()) {
                given.put(question.getKey(), answer);
            }
        }
        return given;
    }

    /** Every question's answer by id, a blank one as "" (which clears it, or is refused when required). */
    Map<String, String> allAnswers(ParticipationOptions options) {
        Map<String, String> all = new HashMap<>();
        options.getQuestions().forEach(question -> all.put(question.getKey(), ""));
        all.putAll(answers(options));
        return all;
    }

    RegistrationChange toChange(ParticipationOptions options) {
        return new RegistrationChange(sessionIds(options), answers(options), chosenDays(),
                dietary == null ? "" : dietary, accessibility == null ? "" : accessibility, consentListed);
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public Map<String, String> getWorkshops() {
        return workshops;
    }

    public String getDietary() {
        return dietary;
    }

    public void setDietary(String dietary) {
        this.dietary = dietary;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, List<String>> getChoices() {
        return choices;
    }

    public boolean isConsentListed() {
        return consentListed;
    }

    public void setConsentListed(boolean consentListed) {
        this.consentListed = consentListed;
    }
}
