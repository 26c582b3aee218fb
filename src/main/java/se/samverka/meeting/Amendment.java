package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;

/** A change made to minutes after they were approved: what, the text before and after, who and when. */
@Entity
@Table(name = "minutes_amendment")
public class Amendment extends DomainEntity {

    private static final int MAX = 20000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "made_at", nullable = false)
    private LocalDateTime madeAt;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    @Column(nullable = false)
    private String what;

    @Column(name = "old_text")
    private String oldText;

    @Column(name = "new_text")
    private String newText;

    protected Amendment() {
    }

    Amendment(Meeting meeting, String what, String oldText, String newText, String by, LocalDateTime at) {
        this.meeting = meeting;
        this.what = what.length() > 300 ? what.substring(0, 300) : what;
        this.oldText = cut(oldText);
        this.newText = cut(newText);
        this.madeBy = by;
        this.madeAt = at;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }

    /** The amendment named a person who has been erased: the name and the texts go, the fact of a change stays. */
    void erasePerson() {
        this.what = Member.ERASED;
        this.oldText = null;
        this.newText = null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDateTime getMadeAt() {
        return madeAt;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public String getWhat() {
        return what;
    }

    public String getOldText() {
        return oldText;
    }

    public String getNewText() {
        return newText;
    }
}
