package se.samverka.mail;

/** Where an outgoing mail stands. */
public enum MailStatus {
    /** Waiting for its first delivery attempt. */
    QUEUED,
    /** Handed to the mail server (or written to the mail folder). */
    SENT,
    /** The last attempt failed; it is tried again later unless the attempts are used up. */
    FAILED
}
