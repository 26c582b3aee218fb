package se.samverka.messages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;
import se.samverka.mail.MailStatus;

/** A sent message as the organiser sees it: to whom, and how its mails stand (delivered, waiting, failed). */
@JsonbPropertyOrder({"id", "subject", "body", "audience", "recipients", "sentBy", "sentAt", "delivered", "waiting",
        "failed"})
public record SentMessage(Long id, String subject, String body, String audience, int recipients, String sentBy,
        LocalDateTime sentAt, long delivered, long waiting, long failed) implements Serializable {

    static SentMessage of(EventMessage message, Map<MailStatus, Long> counts) {
        return new SentMessage(message.getId(), message.getSubject(), message.getBody(), message.getAudience(),
                message.getRecipients(), message.getSentBy(), message.getSentAt(),
                counts.getOrDefault(MailStatus.SENT, 0L), counts.getOrDefault(MailStatus.QUEUED, 0L),
                counts.getOrDefault(MailStatus.FAILED, 0L));
    }
}
