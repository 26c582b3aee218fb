package se.samverka.privacy;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What an erasure removed, as counts: registrations anonymised, certificates, mails, survey rows, memberships. */
@JsonbPropertyOrder({"registrations", "certificates", "mails", "surveyRecords", "meetingMemberships"})
public record ErasureOutcome(int registrations, int certificates, int mails, int surveyRecords, int meetingMemberships) {

    public int total() {
        return registrations + certificates + mails + surveyRecords + meetingMemberships;
    }
}
