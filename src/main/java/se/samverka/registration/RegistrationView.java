package se.samverka.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registration as the API shows it to its owner (by token, with their private {@code manageToken}) and
 * to organisers and staff ({@link #forOrganisers}: the token is the participant's alone, so it is null).
 */
@JsonbPropertyOrder({"id", "status", "waitlistPosition", "manageToken", "checkInCode", "sessions", "firstName",
        "lastName", "email", "phone", "organisation", "sector", "title", "days", "dietary", "accessibility",
        "answers", "consentListed", "createdAt", "certificateCode", "version", "lineNumber"})
public record RegistrationView(Long id, RegistrationStatus status, Integer waitlistPosition, String manageToken,
        String checkInCode, List<Choice> sessions, String firstName, String lastName, String email, String phone,
        String organisation, String sector, String title, List<LocalDate> days, String dietary, String accessibility,
        Map<String, String> answers, boolean consentListed, LocalDateTime createdAt, String certificateCode,
        long version, Long lineNumber) {

    /**
     * A chosen workshop, whether it has a seat, and its place in that workshop's line ({@code lineNumber}: the
     * order in which the workshop's seats accepted the choice).
     */
    public record Choice(Long sessionId, ChoiceStatus status, String title, Long lineNumber) {
    }

    public static RegistrationView forOrganisers(Registration registration, int positionInLine) {
        RegistrationView own = of(registration, positionInLine);
        return new RegistrationView(own.id, own.status, own.waitlistPosition, null, own.checkInCode, own.sessions,
                own.firstName, own.lastName, own.email, own.phone, own.organisation, own.sector, own.title, own.days,
                own.dietary, own.accessibility, own.answers, own.consentListed, own.createdAt, own.certificateCode,
                own.version, own.lineNumber);
    }

    public static RegistrationView of(Registration registration, int positionInLine) {
        return of(registration, positionInLine, null);
    }

    /** The owner's view, with the code of the certificate issued to them, if any. */
    public static RegistrationView of(Registration registration, int positionInLine, String certificateCode) {
        Participant who = registration.getParticipant();
        Map<String, String> answers = new TreeMap<>();
        registration.getAnswers().forEach((question, answer) -> answers.put(String.valueOf(question), answer));
        return new RegistrationView(registration.getId(), registration.getStatus(),
                positionInLine > 0 ? positionInLine : null, registration.getManageToken(),
                registration.getCheckInCode(),
                registration.getChoices().stream()
                        .map(c -> new Choice(c.getSession().getId(), c.getStatus(), c.getSession().getTitle(),
                                c.getLineNumber()))
                        .sorted((a, b) -> a.sessionId().compareTo(b.sessionId())).toList(),
                who.getFirstName(), who.getLastName(), who.getEmail(), who.getPhone(), who.getOrganisation(),
                who.getSector().getCode(), who.getTitle(), List.copyOf(registration.getDays()),
                registration.getDietary(), registration.getAccessibility(), answers,
                registration.isConsentListed(), registration.getCreatedAt(), certificateCode,
                registration.getVersion(), registration.getLineNumber());
    }
}
