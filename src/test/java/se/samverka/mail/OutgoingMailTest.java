package se.samverka.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The outbox entry's rules: what it accepts, and how it retries and gives up. */
class OutgoingMailTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 9, 1, 10, 0);
    static final Mail MAIL = Mail.to("deltagare@example.org").subject("Bekräftelse").text("Välkommen!");

    @Test
    void aNewMailIsQueuedAndDueAtOnce() {
        OutgoingMail mail = new OutgoingMail(MAIL, NOW);
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertTrue(mail.isDue(NOW));
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void staffReadTheTextWithPrivateLinksMasked() {
        OutgoingMail mail = new OutgoingMail(MAIL.text("""
                Hej Åsa!
                Din anmälan: https://samverka.degerfors.se/r/Qm9wZW5zYW1fdmVya2FfMTIz
                Programmet: https://samverka.degerfors.se/e/samverkanskonferens-2026
                Koden vid entrén: K7QX2M
                Jag kommer: https://samverka.degerfors.se/m/TmF0dmVya3Ntb3RlXzEyMzQ1Ng?svar=kommer
                """), NOW);
        String shown = mail.getTextForStaff();
        assertFalse(shown.contains("Qm9wZW5zYW1fdmVya2FfMTIz"), shown);
        assertTrue(shown.contains("https://samverka.degerfors.se/r/••••••"), shown);
        assertTrue(shown.contains("https://samverka.degerfors.se/e/samverkanskonferens-2026"), shown);
        assertFalse(shown.contains("TmF0dmVya3Ntb3RlXzEyMzQ1Ng"), "a member's reply link to a network meeting too");
        assertTrue(shown.contains("https://samverka.degerfors.se/m/••••••?svar=kommer"), shown);
        assertTrue(mail.getTextBody().contains("/r/Qm9wZW5zYW1fdmVya2FfMTIz"), "the mail itself keeps the link");
    }

    @Test
    void refusesWhatCannotBeSent() {
        assertRefused("mail.error.address", Mail.to("inte en adress").subject("s").text("t"));
        assertRefused("mail.error.address", Mail.to(null).subject("s").text("t"));
        assertRefused("mail.error.address", Mail.to("a@example.org, b@example.org").subject("s").text("t"));
        assertRefused("mail.error.subjectRequired", MAIL.subject(" "));
        assertRefused("mail.error.textRequired", MAIL.text(null));
        assertRefused("mail.error.referenceTooLong", MAIL.reference("x".repeat(101)));
        assertRefused("mail.error.attachmentName", MAIL.attach(" ", "text/plain", new byte[0]));
    }

    @Test
    void addressesAreCheckedLikeTheOutboxDoes() {
        assertTrue(Mail.isValidAddress("anna.karlsson@degerfors.se"));
        assertTrue(Mail.isValidAddress(" anna@example.org "));
        assertFalse(Mail.isValidAddress("anna"));
        assertFalse(Mail.isValidAddress("anna@"));
        assertFalse(Mail.isValidAddress("anna@example.org; drop"));
        assertFalse(Mail.isValidAddress(""));
    }

    @Test
    void anAttemptTakesTheMailSoThatNoOtherAttemptStarts() {
        OutgoingMail mail = new OutgoingMail(MAIL, NOW);
        assertTrue(mail.startAttempt(NOW));
        assertFalse(mail.startAttempt(NOW.plusSeconds(30)));
        assertEquals(1, mail.getAttempts());
        assertTrue(mail.isDue(NOW.plus(OutgoingMail.ATTEMPT_LEASE)), "a crashed attempt is retried after the lease");
    }

    @Test
    void aDeliveredMailIsNeverDueAgain() {
        OutgoingMail mail = new OutgoingMail(MAIL, NOW);
        mail.startAttempt(NOW);
        mail.delivered(NOW.plusSeconds(1));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(NOW.plusSeconds(1), mail.getSentAt());
        assertFalse(mail.isDue(NOW.plusYears(1)));
        assertThrows(InvalidMailException.class, () -> mail.sendAgain(NOW));
    }

    @Test
    void failuresAreRetriedWithGrowingPausesThenGivenUp() {
        OutgoingMail mail = new OutgoingMail(MAIL, NOW);
        LocalDateTime clock = NOW;
        long[] pauses = {1, 2, 4, 8, 16, 32, 64};
        for (long minutes : pauses) {
            assertTrue(mail.startAttempt(clock));
            mail.failed("Connection refused", clock);
            assertEquals(MailStatus.FAILED, mail.getStatus());
            assertEquals(clock.plusMinutes(minutes), mail.getNextAttemptAt());
            assertFalse(mail.isDue(clock.plusMinutes(minutes).minusSeconds(1)));
            clock = mail.getNextAttemptAt();
        }
        assertTrue(mail.startAttempt(clock));
        mail.failed("Connection refused", clock);
        assertEquals(OutgoingMail.MAX_ATTEMPTS, mail.getAttempts());
        assertTrue(mail.isGivenUp());
        assertNull(mail.getNextAttemptAt());
        assertFalse(mail.isDue(clock.plusYears(1)));
        assertEquals("Connection refused", mail.getLastError());
    }

    @Test
    void aFailedMailCanBeSentAgainWithAFreshRoundOfAttempts() {
        OutgoingMail mail = new OutgoingMail(MAIL, NOW);
        mail.startAttempt(NOW);
        mail.failed("x".repeat(5000), NOW);
        assertEquals(1000, mail.getLastError().length());
        mail.sendAgain(NOW.plusSeconds(5));
        assertEquals(0, mail.getAttempts());
        assertTrue(mail.isDue(NOW.plusSeconds(5)));
    }

    @Test
    void theBuilderKeepsEveryPart() {
        byte[] bytes = {1, 2};
        Mail mail = Mail.to("a@example.org").subject("s").text("t").html("<p>t</p>")
                .attach("a.ics", "text/calendar", bytes).reference("registration:1");
        bytes[0] = 9;
        assertEquals(1, mail.attachments().get(0).content()[0], "the bytes were copied");
        OutgoingMail outgoing = new OutgoingMail(mail, NOW);
        assertEquals("<p>t</p>", outgoing.getHtmlBody());
        assertEquals("registration:1", outgoing.getReference());
        assertEquals("a.ics", outgoing.getAttachments().get(0).getFilename());
        assertEquals(2, outgoing.getAttachments().get(0).getSize());
    }

    @Test
    void aDraftHoldsOnlyWhatIsNeededUntilItIsWritten() {
        OutgoingMail draft = new OutgoingMail(new MailDraft("asa@example.org", "registration.promotedToWorkshop", 42L,
                "7,9", "registration:42"), NOW);
        assertFalse(draft.isWritten());
        assertNull(draft.getSubject());
        assertNull(draft.getTextForStaff(), "nothing to show staff yet");
        assertTrue(draft.getAttachments().isEmpty());
        assertTrue(draft.isDue(NOW));
        assertEquals(new MailDraft("asa@example.org", "registration.promotedToWorkshop", 42L, "7,9", "registration:42"),
                draft.draft());

        Mail refused = Mail.to("asa@example.org").subject("Plats").text(" ");
        assertThrows(InvalidMailException.class, () -> draft.write(refused));
        assertFalse(draft.isWritten(), "a refused mail leaves the draft as it was");

        draft.write(Mail.to("asa.ny@example.org").subject("Du har fått\nen plats").text("Hej!")
                .attach("x.ics", "text/calendar", new byte[] {1}).reference("ignored"));
        assertTrue(draft.isWritten());
        assertEquals("Du har fått en plats", draft.getSubject());
        assertEquals("asa.ny@example.org", draft.getRecipient(), "the address as it is when written");
        assertEquals("registration:42", draft.getReference(), "the reference stays the draft's");
        assertEquals(1, draft.getAttachments().size());
        assertEquals("registration.promotedToWorkshop", draft.getDraftKind());
    }

    @Test
    void aMailQueuedWrittenHasNoDraft() {
        OutgoingMail mail = new OutgoingMail(MAIL, NOW);
        assertTrue(mail.isWritten());
        assertNull(mail.draft());
        assertNull(mail.getDraftKind());
    }

    private static void assertRefused(String key, Mail mail) {
        assertEquals(key, assertThrows(InvalidMailException.class, () -> new OutgoingMail(mail, NOW)).messageKey());
    }
}
