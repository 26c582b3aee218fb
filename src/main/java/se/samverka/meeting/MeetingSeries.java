package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/**
 * A recurring network meeting (an EST group, the social intervention group): its name and purpose, the accounts
 * that convene it, and how many days before a meeting the members are reminded.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries extends DomainEntity {

    static final int DEFAULT_REMINDER_DAYS = 3;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    @Column(nullable = false)
    private String name;

    private String purpose;

    /** The longest a series may keep its meetings' data: a hundred years. */
    public static final int MAX_RETENTION_DAYS = 36_500;

    /** Usernames of the convening accounts, separated by spaces. */
    @Column(nullable = false)
    private String conveners = "";

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = DEFAULT_REMINDER_DAYS;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Days after each meeting that its personal data is kept (retention); null: kept, or the installation's default. */
    @Column(name = "retention_days")
    private Integer retentionDays;

    protected MeetingSeries() {
    }

    public MeetingSeries(String name, String purpose, LocalDateTime createdAt) {
        describe(name, purpose);
        this.createdAt = createdAt;
    }

    public final void describe(String newName, String newPurpose) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidMeetingException("name", "meeting.error.nameRequired");
        }
        this.name = Text.oneLine(newName, "name", 200);
        this.purpose = newPurpose == null || newPurpose.isBlank() ? null : Text.multiLine(newPurpose, "purpose", 2000);
    }

    /** Who convenes the series besides the organisers (accounts with the CONVENER role). */
    public void convenedBy(Collection<String> usernames) {
        Set<String> names = new LinkedHashSet<>();
        for (String username : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            if (!USERNAME.matcher(username.strip()).matches()) {
                throw new InvalidMeetingException("conveners", "meeting.error.convener");
            }
            names.add(username.strip().toLowerCase(java.util.Locale.ROOT));
        }
        String joined = String.join(" ", names);
        if (joined.length() > 1000) {
            throw new InvalidMeetingException("conveners", "meeting.error.convener");
        }
        this.conveners = joined;
    }

    public boolean isConvenedBy(String username) {
        return username != null && getConveners().contains(username.toLowerCase(java.util.Locale.ROOT));
    }

    public void remindDaysBefore(int days) {
        if (days < 0 || days > 60) {
            throw new InvalidMeetingException("reminderDays", "meeting.error.reminderDays");
        }
        this.reminderDays = days;
    }

    /** How many days after each meeting its attendance replies, minutes and done actions are kept; null: the default. */
    public void keepDataDays(Integer days) {
        if (days != null && (days < 0 || days > MAX_RETENTION_DAYS)) {
            throw new InvalidMeetingException("retentionDays", "meeting.error.retentionDays", MAX_RETENTION_DAYS);
        }
        this.retentionDays = days;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public List<String> getConveners() {
        return conveners.isBlank() ? List.of() : Arrays.asList(conveners.split(" "));
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
