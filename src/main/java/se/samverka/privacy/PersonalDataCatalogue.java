package se.samverka.privacy;

import static se.samverka.privacy.DataKind.CERTIFICATES;
import static se.samverka.privacy.DataKind.CHECK_INS;
import static se.samverka.privacy.DataKind.MAIL_BODIES;
import static se.samverka.privacy.DataKind.MEETING_DATA;
import static se.samverka.privacy.DataKind.NEEDS;
import static se.samverka.privacy.DataKind.REGISTRATIONS;
import static se.samverka.privacy.PersonalDataCatalogue.Erasure.ANONYMISE;
import static se.samverka.privacy.PersonalDataCatalogue.Erasure.DELETE;
import static se.samverka.privacy.PersonalDataCatalogue.Erasure.KEEP;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every column of every table of the schema, classified: personal data (which {@link DataKind}'s retention period
 * covers it, where the person's extract shows it, what erasure does with it) or not (and why not). It is the
 * answer to "what does Samverka hold about a person, and where": the extract ({@link PersonalData}) and erasure
 * ({@link Erasure}) are written against it, and {@code PersonalDataCatalogueTest} fails when a migration adds a
 * column that is not classified here, or drops one that is.
 * <p>
 * "Kept" personal data (retention {@code null}) is kept with its record for a stated reason: the organisers' own
 * accounts and the texts they write, the speakers of the programme, the data of network meetings (per series,
 * off by default, since minutes often fall under archive rules).
 */
public final class PersonalDataCatalogue {

    /** What erasure of a person does with a personal column. */
    public enum Erasure {
        /** The value is replaced or cleared; the row stays (for counts and statistics). */
        ANONYMISE,
        /** The row goes. */
        DELETE,
        /** Kept, for the reason given. */
        KEEP
    }

    /** One column: {@code table.column}, and why it is (not) personal data. */
    public sealed interface Entry permits Personal, NotPersonal {
        String column();

        String reason();
    }

    /**
     * A column holding personal data: the kind whose retention period removes it (null: kept with its record, see
     * the reason), where the extract shows it, what erasure does.
     */
    public record Personal(String column, DataKind retention, String extract, Erasure erasure, String reason)
            implements Entry {
    }

    /** A column without personal data, with a one-line reason. */
    public record NotPersonal(String column, String reason) implements Entry {
    }

    private static final String ROW_ID = "row identity or optimistic-locking counter";
    private static final String EVENT_DATA = "about the event, not a person";
    private static final String STAFF = "the account name of the organiser or staff member who did it (a user of"
            + " Samverka acting for the municipality, not the person concerned); kept for accountability";

    private static final Map<String, Entry> ENTRIES = build();

    private PersonalDataCatalogue() {
    }

    /** Every classified column by {@code table.column} (lower case), in schema order. */
    public static Map<String, Entry> entries() {
        return ENTRIES;
    }

    private static Map<String, Entry> build() {
        Builder c = new Builder();

        c.table("flyway_schema_history")
                .no("installed_rank", "Flyway's record of migrations").no("version", "Flyway's record of migrations")
                .no("description", "Flyway's record of migrations").no("type", "Flyway's record of migrations")
                .no("script", "Flyway's record of migrations").no("checksum", "Flyway's record of migrations")
                .no("installed_by", "the database user that ran the migration, not a person of the app")
                .no("installed_on", "Flyway's record of migrations").no("execution_time", "Flyway's record of migrations")
                .no("success", "Flyway's record of migrations");

        c.table("account").ids()
                .p("username", null, "not in a participant's extract", KEEP, "organiser/staff login; removed by deleting the account")
                .p("display_name", null, "not in a participant's extract", KEEP, "organiser/staff name; removed by deleting the account")
                .no("password_hash", "a one-way hash of the account's password")
                .no("role", "the account's role").no("active", "whether the account can log in")
                .no("created_at", "when the account was made");

        c.table("event").ids()
                .no("type", EVENT_DATA).no("title", EVENT_DATA).no("slug", EVENT_DATA).no("description", EVENT_DATA)
                .no("venue", EVENT_DATA).no("start_date", EVENT_DATA).no("end_date", EVENT_DATA)
                .no("capacity", EVENT_DATA).no("registration_opens", EVENT_DATA).no("registration_closes", EVENT_DATA)
                .p("contact_name", null, "not in a participant's extract", KEEP,
                        "the event's published contact (a municipal officer in their role); the organiser changes it")
                .p("contact_email", null, "not in a participant's extract", KEEP,
                        "the event's published contact address; the organiser changes it")
                .p("contact_phone", null, "not in a participant's extract", KEEP,
                        "the event's published contact phone; the organiser changes it")
                .no("published", EVENT_DATA).no("reminder_days", EVENT_DATA).no("reminder_sent_at", EVENT_DATA)
                .no("approval_required", EVENT_DATA).no("public_list", EVENT_DATA);
        c.table("event_day").ids().no("event_id", EVENT_DATA).no("day_date", EVENT_DATA).no("starts_at", EVENT_DATA)
                .no("ends_at", EVENT_DATA);
        c.table("event_logo").no("event_id", EVENT_DATA).no("version", ROW_ID).no("media_type", EVENT_DATA)
                .no("file_name", EVENT_DATA).no("content", "the event's logo image").no("uploaded_at", EVENT_DATA);
        c.table("room").ids().no("event_id", EVENT_DATA).no("name", EVENT_DATA).no("seats", EVENT_DATA);
        c.table("theme").ids().no("name_sv", "a programme theme").no("name_en", "a programme theme");
        c.table("program_session").ids().no("event_id", EVENT_DATA).no("title", EVENT_DATA).no("summary", EVENT_DATA)
                .no("kind", EVENT_DATA).no("theme_id", EVENT_DATA).no("room_id", EVENT_DATA)
                .no("starts_at", EVENT_DATA).no("ends_at", EVENT_DATA).no("seats", EVENT_DATA);
        c.table("speaker").ids()
                .p("name", null, "not in a participant's extract", KEEP,
                        "a speaker of a published programme; the organiser removes the speaker")
                .p("title", null, "not in a participant's extract", KEEP, "a speaker of a published programme")
                .p("organisation", null, "not in a participant's extract", KEEP, "a speaker of a published programme")
                .p("bio", null, "not in a participant's extract", KEEP, "a speaker of a published programme");
        c.table("session_speaker").no("session_id", "links a session to a speaker").no("speaker_id", "links a session to a speaker");

        c.table("sector").ids().no("code", "a sector of the municipality").no("name_sv", "a sector")
                .no("name_en", "a sector").no("colour", "a sector").no("position", "a sector");

        c.table("registration").ids()
                .no("event_id", "which event; stays for the counts")
                .p("first_name", REGISTRATIONS, "registrations[].firstName", ANONYMISE, "the person's name")
                .p("last_name", REGISTRATIONS, "registrations[].lastName", ANONYMISE, "the person's name")
                .p("email", REGISTRATIONS, "registrations[].email", ANONYMISE, "replaced by anonymised-<id>@invalid")
                .p("phone", REGISTRATIONS, "registrations[].phone", ANONYMISE, "cleared")
                .p("organisation", REGISTRATIONS, "registrations[].organisation", ANONYMISE, "cleared")
                .p("sector_id", null, "registrations[].sector", KEEP,
                        "the sector alone names nobody once name, e-mail and organisation are gone; counts by sector stay")
                .p("title", REGISTRATIONS, "registrations[].jobTitle", ANONYMISE, "cleared")
                .p("dietary", NEEDS, "registrations[].dietary", ANONYMISE, "possibly health data; cleared")
                .p("accessibility", NEEDS, "registrations[].accessibility", ANONYMISE, "possibly health data; cleared")
                .p("consent_privacy_at", REGISTRATIONS, "registrations[].consentPrivacyAt", KEEP,
                        "a time alone names nobody once the person is gone; it proves the notice was accepted")
                .p("consent_listed", REGISTRATIONS, "registrations[].consentListed", ANONYMISE, "set to false")
                .p("language", REGISTRATIONS, "registrations[].language", KEEP,
                        "sv or en alone names nobody; kept for statistics")
                .no("status", "confirmed/waiting/cancelled: stays for attendance statistics")
                .no("queued_at", "the place in the waiting list; a time that names nobody once the person is gone")
                .p("manage_token", REGISTRATIONS, "not shown (it is the private link itself)", ANONYMISE,
                        "replaced by a fresh secret nobody has, so the old link is dead")
                .p("check_in_code", REGISTRATIONS, "registrations[].checkInCode", KEEP,
                        "a random code that names nobody once the person is gone; check-ins stay")
                .no("created_at", "when the row was made").no("updated_at", "when the row last changed")
                .p("name_sort_key", REGISTRATIONS, "derived from the name; not shown", ANONYMISE, "cleared")
                .no("anonymised_at", "when the person was removed from the row")
                .no("line_number", "the order in which the event's seats accepted the registration; a number that names nobody");
        c.table("registration_day").no("registration_id", "link").p("day_date", null, "registrations[].days", KEEP,
                "which days the (anonymised) registration attends; stays for attendance statistics");
        c.table("workshop_choice").ids().no("registration_id", "link")
                .p("session_id", null, "registrations[].workshops[].title", KEEP, "seats stay for the workshop counts")
                .p("status", null, "registrations[].workshops[].status", KEEP, "seats stay for the workshop counts")
                .no("chosen_at", "when the workshop was chosen")
                .no("line_number", "queue order for the workshop's seats; a number that names nobody");
        c.table("seat_counter").no("id", ROW_ID).no("event_id", EVENT_DATA).no("session_id", EVENT_DATA)
                .no("taken", "how many seats are taken: a count").no("line_numbers", "how many places in line were handed out");
        c.table("question").ids().no("event_id", EVENT_DATA).no("text_sv", EVENT_DATA).no("text_en", EVENT_DATA)
                .no("kind", EVENT_DATA).no("options", EVENT_DATA).no("required", EVENT_DATA).no("position", EVENT_DATA);
        c.table("registration_answer").no("registration_id", "link").no("question_id", "link")
                .p("answer", REGISTRATIONS, "registrations[].answers[] (with the question's text)", DELETE,
                        "the person's answers to the event's questions");
        c.table("registration_edit").ids().no("registration_id", "link").no("field", "which field was corrected")
                .p("old_value", REGISTRATIONS, "registrations[].corrections[].oldValue", DELETE, "holds old values")
                .p("new_value", REGISTRATIONS, "registrations[].corrections[].newValue", DELETE, "holds new values")
                .no("edited_by", STAFF).no("edited_at", "when");

        c.table("outgoing_mail").ids()
                .p("recipient", MAIL_BODIES, "mails[] (found by the address)", DELETE, "the person's address")
                .p("subject", MAIL_BODIES, "mails[].subject", DELETE, "may name the person or event")
                .p("text_body", MAIL_BODIES, "mails[].body (while held)", DELETE, "addresses the person by name")
                .p("html_body", MAIL_BODIES, "as text_body", DELETE, "addresses the person by name")
                .p("status", MAIL_BODIES, "mails[].status", DELETE, "goes with the mail")
                .no("attempts", "delivery counter").p("last_error", MAIL_BODIES, "not shown (server messages)", DELETE,
                        "a mail server's answer may quote the address")
                .p("created_at", MAIL_BODIES, "mails[].createdAt", DELETE, "goes with the mail")
                .no("next_attempt_at", "delivery schedule").p("sent_at", MAIL_BODIES, "mails[].sentAt", DELETE, "goes with the mail")
                .no("reference", "an internal reference (e.g. event and kind of mail)")
                .no("draft_kind", "which kind of mail is to be written (e.g. registration.confirmed)")
                .no("draft_subject_id", "link to what the mail is about (e.g. the registration)")
                .no("draft_detail", "ids the mail is to name (e.g. workshops)")
                .no("claim_token", "which delivery round holds the attempt (random)");
        c.table("outgoing_mail_attachment").no("mail_id", "link").no("list_index", "order")
                .p("filename", MAIL_BODIES, "mails[].attachments (names)", DELETE, "goes with the mail")
                .p("media_type", MAIL_BODIES, "not shown", DELETE, "goes with the mail")
                .p("content", MAIL_BODIES, "not shown (e.g. the certificate, shown under certificates)", DELETE,
                        "e.g. a certificate with the name");

        c.table("check_in").ids().no("event_id", "which event").no("registration_id", "link to the (anonymised) registration")
                .p("day_date", null, "checkIns[].day", KEEP, "the fact of attendance stays for statistics")
                .p("session_id", null, "checkIns[].session", KEEP, "the fact of attendance stays for statistics")
                .p("scanned_at", null, "checkIns[].at", KEEP, "the fact of attendance stays for statistics")
                .no("received_at", "when the server got the scan")
                .no("checked_in_by", STAFF).no("device", "the door device")
                .p("checked_out_at", null, "checkIns[].checkedOutAt", KEEP, "the fact of attendance stays")
                .no("undone_at", "desk bookkeeping").no("undone_by", STAFF)
                .no("doubt", "desk bookkeeping").no("resolved_at", "desk bookkeeping").no("resolved_by", STAFF);
        c.table("scan_receipt").no("nonce", "a device's request id").no("event_id", "which event")
                .no("check_in_id", "link").no("already", "desk bookkeeping").no("refusal", "desk bookkeeping")
                .p("person", CHECK_INS, "not shown (the name is shown under registrations)", ANONYMISE,
                        "the name the desk displayed; cleared")
                .no("received_at", "desk bookkeeping");

        c.table("certificate_policy").no("event_id", EVENT_DATA).no("version", ROW_ID).no("rule_kind", EVENT_DATA)
                .no("min_percent", EVENT_DATA)
                .p("issuer_name", null, "not in a participant's extract", KEEP, "the signing officer in their role")
                .p("issuer_title", null, "not in a participant's extract", KEEP, "the signing officer in their role")
                .p("signature", null, "not in a participant's extract", KEEP, "the signing officer's signature image")
                .no("signature_type", "image type");
        c.table("certificate").ids().no("code", "the verification code").no("kind", "attendance or contribution")
                .no("event_id", "which event").no("registration_id", "link")
                .p("speaker_id", null, "not in a participant's extract", KEEP, "links a speaker's certificate")
                .p("holder_name", CERTIFICATES, "certificates[].name", DELETE, "the name on the certificate")
                .no("event_title", EVENT_DATA).no("first_day", EVENT_DATA).no("last_day", EVENT_DATA).no("venue", EVENT_DATA)
                .p("minutes", CERTIFICATES, "certificates[].minutes", DELETE, "the person's attendance")
                .p("sessions", CERTIFICATES, "certificates[].sessions", DELETE, "the sessions the person attended")
                .no("issuer_name", "the signing officer, copied from the policy")
                .no("issuer_title", "the signing officer, copied from the policy")
                .no("language", "the certificate's language")
                .p("issued_at", CERTIFICATES, "certificates[].issuedAt", DELETE, "goes with the certificate")
                .p("revoked_at", CERTIFICATES, "certificates[].revokedAt", DELETE, "goes with the certificate")
                .p("revoke_reason", CERTIFICATES, "certificates[].revokeReason", DELETE, "may concern the person")
                .p("mailed_at", CERTIFICATES, "certificates[].mailedAt", DELETE, "goes with the certificate");

        c.table("meeting_series").ids().no("name", "the network's name").no("purpose", "the network's purpose")
                .p("conveners", null, "not in a participant's extract", KEEP, "account names of the conveners (staff)")
                .no("reminder_days", "series setting").no("created_at", "series setting")
                .no("retention_days", "series setting");
        c.table("series_member").ids().no("series_id", "which series")
                .p("name", MEETING_DATA, "meetingMemberships[].name", ANONYMISE, "set to ''")
                .p("email", MEETING_DATA, "meetingMemberships[] (found by the address)", ANONYMISE,
                        "replaced by erased-<id>@invalid")
                .p("organisation", MEETING_DATA, "meetingMemberships[].organisation", ANONYMISE, "set to ''")
                .p("sector_id", null, "meetingMemberships[].sector", KEEP, "names nobody alone; attendance by sector stays")
                .p("active", MEETING_DATA, "meetingMemberships[].active", KEEP, "names nobody once name and address are gone")
                .p("added_at", MEETING_DATA, "meetingMemberships[].addedAt", KEEP, "a date that names nobody alone")
                .no("erased_at", "when the member was erased");
        c.table("meeting").ids().no("series_id", "which series").no("starts_at", "the meeting").no("ends_at", "the meeting")
                .no("place", "the meeting").no("status", "the meeting").no("calendar_sequence", "calendar bookkeeping")
                .no("check_in_token", "the meeting's self check-in secret").no("invited_at", "the meeting")
                .no("reminded_at", "the meeting").no("approved_at", "minutes approval").no("approved_by", STAFF);
        c.table("agenda_item").ids().no("meeting_id", "which meeting").no("position", "order").no("title", "the agenda")
                .p("presenter", MEETING_DATA, "not in the extract (free text, not tied to a member)", KEEP,
                        "minutes: kept with the series' meeting data (archive rules)")
                .no("minutes_allotted", "the agenda")
                .p("minutes_text", MEETING_DATA, "not in the extract (free text, not tied to a member)", KEEP,
                        "minutes may name people; kept with the series' meeting data (archive rules)");
        c.table("meeting_decision").ids().no("meeting_id", "which meeting").no("item_id", "which item")
                .p("text", MEETING_DATA, "not in the extract (free text)", KEEP, "minutes: archive rules")
                .no("made_at", "when");
        c.table("meeting_attendance").ids().no("meeting_id", "which meeting").no("member_id", "link to the member")
                .no("reply_token", "the secret of the reply link")
                .p("reply", MEETING_DATA, "meetingMemberships[].attendance[].reply", KEEP, "statistics; the member is anonymised")
                .p("replied_at", MEETING_DATA, "meetingMemberships[].attendance[].repliedAt", KEEP, "statistics; the member is anonymised")
                .p("status", MEETING_DATA, "meetingMemberships[].attendance[].status", KEEP, "statistics; the member is anonymised")
                .p("substitute", MEETING_DATA, "meetingMemberships[].attendance[].substitute", ANONYMISE,
                        "the name of someone else; cleared with the member")
                .no("marked_at", "when attendance was taken").no("marked_by", STAFF);
        c.table("action_item").ids().no("series_id", "which series").no("meeting_id", "which meeting")
                .p("text", MEETING_DATA, "meetingMemberships[].actions[].text", KEEP, "the network's work; stays")
                .no("owner_id", "link to the member (anonymised)")
                .p("owner_name", MEETING_DATA, "meetingMemberships[].actions[] (owner)", ANONYMISE, "set to ''")
                .p("organisation", MEETING_DATA, "meetingMemberships[].actions[].organisation", KEEP,
                        "the organisation that owns the action (not a person)")
                .no("due_date", "the action").no("status", "the action").no("created_at", "the action")
                .no("done_at", "the action").no("done_by", STAFF);
        c.table("minutes_amendment").ids().no("meeting_id", "which meeting").no("made_at", "when").no("made_by", STAFF)
                .no("what", "which part of the minutes")
                .p("old_text", MEETING_DATA, "not in the extract (free text)", KEEP, "minutes history: archive rules")
                .p("new_text", MEETING_DATA, "not in the extract (free text)", KEEP, "minutes history: archive rules");

        c.table("event_message").ids().no("event_id", "which event").no("subject", "the organiser's message to many")
                .no("body", "the organiser's message to many (placeholders, not filled in)")
                .no("audience", "the filter of the audience (statuses, sectors)").no("recipients", "a count")
                .no("sent_by", STAFF).no("sent_at", "when");

        c.table("table_group").ids().no("event_id", EVENT_DATA).no("day_date", EVENT_DATA).no("number", EVENT_DATA)
                .no("locked", EVENT_DATA).no("token", "the table's secret link").no("created_at", EVENT_DATA);
        c.table("table_seat").ids().no("group_id", "link to the table")
                .p("registration_id", null, "tableSeats[] (day and table number)", KEEP,
                        "seats stay with the anonymised registration for the mix statistics")
                .p("day_date", null, "tableSeats[].day", KEEP, "as registration_id");
        c.table("dialogue_question").ids().no("event_id", EVENT_DATA).no("day_date", EVENT_DATA)
                .no("position", EVENT_DATA).no("text", EVENT_DATA);
        c.table("group_note").ids().no("group_id", "link to the table").no("question_id", "link")
                .no("text", "the table's joint notes, written without names").no("updated_at", "when");

        c.table("survey").ids().no("event_id", EVENT_DATA).no("opens_at", EVENT_DATA).no("closes_at", EVENT_DATA)
                .no("closed_at", EVENT_DATA).no("closed_by", STAFF).no("reminded_at", EVENT_DATA)
                .no("respondent_salt", "the key that finds a response while the survey is open; erased at closing")
                .no("created_at", EVENT_DATA);
        c.table("survey_question").ids().no("survey_id", "link").no("position", EVENT_DATA).no("kind", EVENT_DATA)
                .no("text", EVENT_DATA).no("options", EVENT_DATA).no("session_id", EVENT_DATA);
        c.table("survey_respondent").ids().no("survey_id", "link")
                .p("registration_id", REGISTRATIONS, "survey.answered", DELETE,
                        "the 'has answered' mark; also goes when the survey closes");
        c.table("survey_response").no("id", "a random id").no("version", ROW_ID).no("survey_id", "link")
                .p("sector_id", null, "survey.answers (while open)", KEEP, "results by sector; anonymous after closing")
                .p("respondent_key", REGISTRATIONS, "survey (the response is found by it while open)", DELETE,
                        "a keyed hash of the registration; erased at closing, after which nobody can find the response");
        c.table("survey_answer").no("response_id", "link").no("question_id", "link")
                .p("answer", DataKind.SURVEY_TEXT, "survey.answers[] (while the survey is open)", DELETE,
                        "the response is deleted while it can be found; after closing it is anonymous");

        c.table("job_claim").no("job_name", "which scheduled job").no("due_at", "which run")
                .no("claimed_by", "the server process that runs it").no("lease_until", "scheduling")
                .no("finished_at", "scheduling");
        c.table("badge_job").no("id", "a random id").no("owner", STAFF).no("event_id", "which event")
                .no("file_name", EVENT_DATA).no("total", "a count").no("written", "a count").no("state", "progress")
                .no("started_at", "when").no("touched_at", "progress")
                .p("content", null, "not shown (a printout of the participant list; the name is shown under"
                        + " registrations)", DELETE, "a badge sheet prints names: deleted once downloaded, and at the"
                        + " latest an hour after it was started (BadgeJobs.KEPT), whatever the retention rules; erasure"
                        + " deletes the sheets of the person's events");

        c.table("retention_override").no("event_id", EVENT_DATA).no("kind", "a rule").no("period_days", "a rule");
        c.table("retention_log").ids().no("kind", "counts only").no("event_id", "which event").no("series_id", "which series")
                .no("removed", "a count").no("ran_at", "when").no("ran_by", STAFF).no("cause", "rule or erasure");
        c.table("export_log").ids().no("exported_at", "when").no("exported_by", STAFF).no("event_id", "which event")
                .no("what", "what was exported").no("filter", "the query without e-mail addresses or names");
        return Collections.unmodifiableMap(c.entries);
    }

    private static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private String table;

        Builder table(String name) {
            this.table = name;
            return this;
        }

        Builder ids() {
            return no("id", ROW_ID).no("version", ROW_ID);
        }

        Builder no(String column, String reason) {
            return put(new NotPersonal(table + "." + column, reason));
        }

        Builder p(String column, DataKind retention, String extract, Erasure erasure, String reason) {
            return put(new Personal(table + "." + column, retention, extract, erasure, reason));
        }

        private Builder put(Entry entry) {
            if (entries.put(entry.column(), entry) != null) {
                throw new IllegalStateException("classified twice: " + entry.column());
            }
            return this;
        }
    }
}
