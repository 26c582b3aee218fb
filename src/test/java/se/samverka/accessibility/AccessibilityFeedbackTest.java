package se.samverka.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.mail.Mail;
import se.samverka.mail.MailService;
import se.samverka.mail.OutgoingMail;
import se.samverka.platform.DomainException;
import se.samverka.platform.Installation;
import se.samverka.platform.Messages;

/** The statement's feedback form: what it refuses, with which message, and the mail it queues. */
class AccessibilityFeedbackTest {

    private static final Installation WITH_CONTACT = Installation.from(key -> Optional.ofNullable(Map.of(
            "samverka.privacy.contact-email", "kommun@degerfors.example",
            "samverka.accessibility.contact-email", "tillganglighet@degerfors.example").get(key)));

    /** The outbox, recording instead of storing. */
    static final class RecordingOutbox extends MailService {
        final List<Mail> queued = new ArrayList<>();

        @Override
        public OutgoingMail queue(Mail mail) {
            queued.add(mail);
            return null;
        }
    }

    private static DomainException refusal(AccessibilityFeedback feedback) {
        return assertThrows(InvalidFeedbackException.class, feedback::validated);
    }

    @Test
    void aDescriptionIsRequiredAndLimited() {
        DomainException empty = refusal(new AccessibilityFeedback("Åsa", null, null, "  \n "));
        assertEquals("description", empty.field());
        assertEquals("Beskriv problemet eller vad du behöver.", empty.localizedMessage(Messages.SWEDISH));
        assertEquals("Describe the problem or what you need.", empty.localizedMessage(Locale.ENGLISH));

        DomainException tooLong = refusal(new AccessibilityFeedback(null, null, null,
                "x".repeat(AccessibilityFeedback.MAX_DESCRIPTION + 1)));
        assertEquals("description", tooLong.field());
        assertEquals("The description may be at most 4,000 characters.", tooLong.localizedMessage(Locale.ENGLISH));
        new AccessibilityFeedback(null, null, null, "x".repeat(AccessibilityFeedback.MAX_DESCRIPTION)).validated();
    }

    @Test
    void anEmailAddressIsOptionalButMustBeOneWhenGiven() {
        new AccessibilityFeedback(null, "", null, "Knappen går inte att nå med tangentbordet.").validated();
        new AccessibilityFeedback(null, " asa@degerfors.example ", null, "Text").validated();
        for (String wrong : List.of("asa", "asa@degerfors", "Åsa <asa@degerfors.example>", "a@b.se, c@d.se")) {
            DomainException refused = refusal(new AccessibilityFeedback(null, wrong, null, "Text"));
            assertEquals("email", refused.field(), wrong);
            assertTrue(refused.localizedMessage(Messages.SWEDISH).startsWith("E-postadressen ser inte ut att stämma"));
        }
    }

    @Test
    void nameAndPageAreOneLineAndLimited() {
        AccessibilityFeedback feedback = new AccessibilityFeedback(" Åsa\r\nÖberg ", null, "/e/konf\n/register", "Text");
        assertEquals("Åsa Öberg", feedback.name());
        assertEquals("/e/konf /register", feedback.page());
        assertEquals("name", refusal(new AccessibilityFeedback("x".repeat(201), null, null, "Text")).field());
        assertEquals("page", refusal(new AccessibilityFeedback(null, null, "x".repeat(501), "Text")).field());
    }

    @Test
    void validFeedbackGoesToTheAccessibilityContactThroughTheOutbox() {
        RecordingOutbox outbox = new RecordingOutbox();
        FeedbackService service = new FeedbackService();
        service.mails = outbox;
        service.send(new AccessibilityFeedback("Åsa Öberg", "asa@degerfors.example", "/tillganglighet",
                "Kontrasten på dagknapparna är för låg."), Locale.ENGLISH, WITH_CONTACT);

        assertEquals(1, outbox.queued.size());
        Mail mail = outbox.queued.get(0);
        assertEquals("tillganglighet@degerfors.example", mail.to());
        assertEquals("Synpunkt på tillgängligheten i Samverka", mail.subject());
        assertEquals(FeedbackService.REFERENCE, mail.reference());
        for (String expected : List.of("Sida: /tillganglighet", "Namn: Åsa Öberg", "E-post: asa@degerfors.example",
                "Språk: engelska", "Kontrasten på dagknapparna är för låg.")) {
            assertTrue(mail.text().contains(expected), expected + " in:\n" + mail.text());
        }
    }

    @Test
    void nothingIsQueuedWhenRefusedOrWhenNoContactIsConfigured() {
        RecordingOutbox outbox = new RecordingOutbox();
        FeedbackService service = new FeedbackService();
        service.mails = outbox;
        assertThrows(InvalidFeedbackException.class,
                () -> service.send(new AccessibilityFeedback(null, null, null, ""), Messages.SWEDISH, WITH_CONTACT));
        Installation none = Installation.from(key -> Optional.empty());
        DomainException unavailable = assertThrows(FeedbackUnavailableException.class,
                () -> service.send(new AccessibilityFeedback(null, null, null, "Text"), Messages.SWEDISH, none));
        assertTrue(unavailable.localizedMessage(Messages.SWEDISH).contains("ingen kontaktadress"));
        assertEquals(List.of(), outbox.queued);
        AccessibilityFeedback anonymous = new AccessibilityFeedback(null, null, null, "Text");
        assertTrue(FeedbackService.mail(anonymous, Messages.SWEDISH, "a@b.se").text().contains("Namn: (inte angivet)"));
    }
}
