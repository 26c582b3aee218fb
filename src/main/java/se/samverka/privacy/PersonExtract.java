package se.samverka.privacy;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything Samverka holds about one person (registerutdrag, GDPR Art. 15): their registrations with all that
 * hangs on them, the mails sent to their address, and their network-meeting memberships. Columns and where they
 * show here are listed in {@link PersonalDataCatalogue}.
 */
@JsonbPropertyOrder({"madeAt", "email", "registrations", "mails", "meetingMemberships"})
public record PersonExtract(LocalDateTime madeAt, String email, List<RegistrationData> registrations,
        List<MailData> mails, List<MembershipData> meetingMemberships) {

    /** How many records of each kind the extract holds (the organiser's page; the export log). */
    public int records() {
        return registrations.size() + mails.size() + meetingMemberships.size();
    }

    @JsonbPropertyOrder({"id", "eventId", "event", "firstDay", "lastDay", "status", "firstName", "lastName", "email",
            "phone", "organisation", "jobTitle", "sector", "dietary", "accessibility", "language", "consentPrivacyAt",
            "consentListed", "checkInCode", "createdAt", "updatedAt", "days", "workshops", "answers", "corrections",
            "checkIns", "certificates", "tableSeats", "survey"})
    public record RegistrationData(Long id, Long eventId, String event, LocalDate firstDay, LocalDate lastDay,
            String status, String firstName, String lastName, String email, String phone, String organisation,
            String jobTitle, String sector, String dietary, String accessibility, String language,
            LocalDateTime consentPrivacyAt, boolean consentListed, String checkInCode, LocalDateTime createdAt,
            LocalDateTime updatedAt, List<LocalDate> days, List<WorkshopData> workshops, List<AnswerData> answers,
            List<CorrectionData> corrections, List<CheckInData> checkIns, List<CertificateData> certificates,
            List<SeatData> tableSeats, SurveyData survey) {
    }

    @JsonbPropertyOrder({"title", "start", "status", "chosenAt"})
    public record WorkshopData(String title, LocalDateTime start, String status, LocalDateTime chosenAt) {
    }

    /** An answer to one of the event's questions, with the question's text in the registration's language. */
    @JsonbPropertyOrder({"question", "answer"})
    public record AnswerData(String question, String answer) {
    }

    @JsonbPropertyOrder({"field", "oldValue", "newValue", "editedBy", "editedAt"})
    public record CorrectionData(String field, String oldValue, String newValue, String editedBy,
            LocalDateTime editedAt) {
    }

    @JsonbPropertyOrder({"day", "session", "scannedAt", "checkedOutAt", "undone"})
    public record CheckInData(LocalDate day, String session, LocalDateTime scannedAt, LocalDateTime checkedOutAt,
            boolean undone) {
    }

    @JsonbPropertyOrder({"code", "kind", "name", "minutes", "sessions", "issuedAt", "mailedAt", "revokedAt",
            "revokeReason"})
    public record CertificateData(String code, String kind, String name, int minutes, String sessions,
            LocalDateTime issuedAt, LocalDateTime mailedAt, LocalDateTime revokedAt, String revokeReason) {
    }

    @JsonbPropertyOrder({"day", "table"})
    public record SeatData(LocalDate day, int table) {
    }

    /**
     * The event's survey: {@code status} (NOT_YET_OPEN, OPEN, CLOSED), whether their "has answered" mark exists,
     * whether their response can be found ({@code findable}: only while open) and then its answers; {@code note}
     * says in words what closing means.
     */
    @JsonbPropertyOrder({"status", "answered", "findable", "answers", "note"})
    public record SurveyData(String status, boolean answered, boolean findable, List<AnswerData> answers, String note) {
    }

    /** A mail to their address: when, subject, status, and the text while it is still held (null after). */
    @JsonbPropertyOrder({"createdAt", "sentAt", "subject", "status", "body", "attachments"})
    public record MailData(LocalDateTime createdAt, LocalDateTime sentAt, String subject, String status, String body,
            List<String> attachments) {
    }

    @JsonbPropertyOrder({"series", "name", "organisation", "sector", "active", "addedAt", "attendance", "actions"})
    public record MembershipData(String series, String name, String organisation, String sector, boolean active,
            LocalDateTime addedAt, List<MeetingAttendanceData> attendance, List<ActionData> actions) {
    }

    @JsonbPropertyOrder({"meeting", "reply", "repliedAt", "status", "substitute"})
    public record MeetingAttendanceData(LocalDateTime meeting, String reply, LocalDateTime repliedAt, String status,
            String substitute) {
    }

    @JsonbPropertyOrder({"text", "organisation", "dueDate", "status", "createdAt", "doneAt"})
    public record ActionData(String text, String organisation, LocalDate dueDate, String status,
            LocalDateTime createdAt, LocalDateTime doneAt) {
    }
}
