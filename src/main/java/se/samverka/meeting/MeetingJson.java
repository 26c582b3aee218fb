package se.samverka.meeting;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The network-meeting API's requests and answers. Reply links never appear in them: they are the members' own. */
public final class MeetingJson {

    private MeetingJson() {
    }

    public record SeriesRequest(String name, String purpose, List<String> conveners, Integer reminderDays) {
    }

    @JsonbPropertyOrder({"id", "name", "purpose", "conveners", "reminderDays", "retentionDays"})
    public record SeriesView(Long id, String name, String purpose, List<String> conveners, int reminderDays,
            Integer retentionDays) {
        static SeriesView of(MeetingSeries series) {
            return new SeriesView(series.getId(), series.getName(), series.getPurpose(), series.getConveners(),
                    series.getReminderDays(), series.getRetentionDays());
        }
    }

    /** How long the series keeps each meeting's data, in days after the meeting; null: the installation's default. */
    public record RetentionRequest(Integer retentionDays) {
    }

    public record MemberRequest(String name, String email, String organisation, String sector) {
    }

    @JsonbPropertyOrder({"id", "name", "email", "organisation", "sector", "active"})
    public record MemberView(Long id, String name, String email, String organisation, String sector, boolean active) {
        static MemberView of(Member member) {
            return new MemberView(member.getId(), member.getName(), member.getEmail(), member.getOrganisation(),
                    member.getSector().getCode(), member.isActive());
        }
    }

    /** One meeting ({@code start}, {@code end}) or a recurrence ({@code rrule}, {@code firstStart}, {@code durationMinutes}). */
    public record MeetingsRequest(LocalDateTime start, LocalDateTime end, String place, String rrule,
            LocalDateTime firstStart, Integer durationMinutes) {
    }

    public record MeetingChange(LocalDateTime start, LocalDateTime end, String place) {
    }

    @JsonbPropertyOrder({"id", "start", "end", "place", "status", "approved"})
    public record MeetingSummary(Long id, LocalDateTime start, LocalDateTime end, String place, String status,
            boolean approved) {
        static MeetingSummary of(Meeting meeting) {
            return new MeetingSummary(meeting.getId(), meeting.getStart(), meeting.getEnd(), meeting.getPlace(),
                    meeting.getStatus().name(), meeting.isApproved());
        }
    }

    @JsonbPropertyOrder({"id", "seriesId", "series", "start", "end", "place", "status", "sequence", "approvedAt",
            "approvedBy", "agenda", "attendance", "decisions", "actions", "amendments"})
    public record MeetingView(Long id, Long seriesId, String series, LocalDateTime start, LocalDateTime end, String place,
            String status, int sequence, LocalDateTime approvedAt, String approvedBy, List<ItemView> agenda,
            List<AttendanceView> attendance, List<DecisionView> decisions, List<ActionView> actions,
            List<AmendmentView> amendments) {
        static MeetingView of(MinutesService.MeetingRecord record) {
            Meeting meeting = record.meeting();
            return new MeetingView(meeting.getId(), meeting.getSeries().getId(), meeting.getSeries().getName(),
                    meeting.getStart(), meeting.getEnd(), meeting.getPlace(), meeting.getStatus().name(),
                    meeting.getCalendarSequence(), meeting.getApprovedAt(), meeting.getApprovedBy(),
                    record.agenda().stream().map(ItemView::of).toList(),
                    record.attendance().stream().map(AttendanceView::of).toList(),
                    record.decisions().stream().map(DecisionView::of).toList(),
                    record.actions().stream().map(a -> ActionView.of(a, meeting, record.today())).toList(),
                    record.amendments().stream().map(AmendmentView::of).toList());
        }
    }

    public record ItemRequest(String title, String presenter, Integer minutes) {
    }

    public record MinutesRequest(String text) {
    }

    @JsonbPropertyOrder({"id", "position", "title", "presenter", "minutes", "minutesText"})
    public record ItemView(Long id, int position, String title, String presenter, int minutes, String minutesText) {
        static ItemView of(AgendaItem item) {
            return new ItemView(item.getId(), item.getPosition(), item.getTitle(), item.getPresenter(),
                    item.getMinutesAllotted(), item.getMinutesText());
        }
    }

    public record AttendanceRequest(Presence status, String substitute) {
    }

    @JsonbPropertyOrder({"memberId", "name", "organisation", "sector", "reply", "status", "substitute"})
    public record AttendanceView(Long memberId, String name, String organisation, String sector, String reply,
            String status, String substitute) {
        static AttendanceView of(Attendance attendance) {
            Member member = attendance.getMember();
            return new AttendanceView(member.getId(), member.getName(), member.getOrganisation(),
                    member.getSector().getCode(), attendance.getReply() == null ? null : attendance.getReply().name(),
                    attendance.getStatus() == null ? null : attendance.getStatus().name(), attendance.getSubstitute());
        }
    }

    public record DecisionRequest(Long itemId, String text) {
    }

    @JsonbPropertyOrder({"id", "itemId", "text"})
    public record DecisionView(Long id, Long itemId, String text) {
        static DecisionView of(Decision decision) {
            return new DecisionView(decision.getId(), decision.getItem() == null ? null : decision.getItem().getId(),
                    decision.getText());
        }
    }

    public record ActionRequest(String text, Long ownerId, LocalDate dueDate) {
    }

    public record ActionChange(ActionStatus status) {
    }

    @JsonbPropertyOrder({"id", "text", "ownerId", "owner", "organisation", "dueDate", "status", "meetingId",
            "carriedOver", "overdue"})
    public record ActionView(Long id, String text, Long ownerId, String owner, String organisation, LocalDate dueDate,
            String status, Long meetingId, boolean carriedOver, boolean overdue) {
        static ActionView of(ActionItem action, Meeting shownAt, LocalDate today) {
            return new ActionView(action.getId(), action.getText(), action.getOwner() == null ? null : action.getOwner().getId(),
                    action.getOwnerName(), action.getOrganisation(), action.getDueDate(), action.getStatus().name(),
                    action.getMeeting().getId(), shownAt != null && !action.getMeeting().equals(shownAt),
                    action.isOverdue(today));
        }
    }

    @JsonbPropertyOrder({"at", "by", "what", "before", "after"})
    public record AmendmentView(LocalDateTime at, String by, String what, String before, String after) {
        static AmendmentView of(Amendment amendment) {
            return new AmendmentView(amendment.getMadeAt(), amendment.getMadeBy(), amendment.getWhat(),
                    amendment.getOldText(), amendment.getNewText());
        }
    }
}
