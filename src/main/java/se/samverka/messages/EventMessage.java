package se.samverka.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * A message an organiser wrote to an event's participants or a group of them: what it said, to whom (the
 * group described in words, and how many), who sent it and when. Each recipient's own mail, with the
 * placeholders filled in, sits in the outbox with reference {@code message:{id}}.
 */
@Entity
@Table(name = "event_message")
public class EventMessage extends DomainEntity {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 10000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false)
    private String audience;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected EventMessage() {
    }

    EventMessage(Event event, String subject, String body, String audience, int recipients, String sentBy,
            LocalDateTime sentAt) {
        this.event = event;
        this.subject = subject;
        this.body = body;
        this.audience = Text.oneLine(audience, "filter", 1000);
        this.recipients = recipients;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    /** The outbox reference of this message's mails. */
    public String reference() {
        return "message:" + getId();
    }

    public Event getEvent() { return event; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getAudience() { return audience; }
    public int getRecipients() { return recipients; }
    public String getSentBy() { return sentBy; }
    public LocalDateTime getSentAt() { return sentAt; }
}
