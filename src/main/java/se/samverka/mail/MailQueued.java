package se.samverka.mail;

/** A mail was put in the outbox (or queued again); delivered once the transaction has committed. */
record MailQueued(long mailId) {
}
