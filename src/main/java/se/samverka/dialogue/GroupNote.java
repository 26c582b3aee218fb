package se.samverka.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;

/**
 * What one table wrote to one question. Its version is the client's proof of what it last saw: a save based on
 * an older version is refused (409), so that a second phone never silently overwrites the first.
 */
@Entity
@Table(name = "group_note")
public class GroupNote extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private TableGroup group;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private DialogueQuestion question;

    @Column(nullable = false, length = 10000)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected GroupNote() {
    }

    public GroupNote(TableGroup group, DialogueQuestion question, String text, LocalDateTime updatedAt) {
        this.group = group;
        this.question = question;
        this.text = text;
        this.updatedAt = updatedAt;
    }

    public TableGroup getGroup() {
        return group;
    }

    public DialogueQuestion getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
