package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.samverka.meeting.Attendance;
import se.samverka.meeting.MinutesService;
import se.samverka.meeting.Presence;
import se.samverka.web.Language;

/**
 * Roll call on the meeting's page: one row per member with present / absent / excused as radio buttons (arrow
 * keys move between them, each choice is saved at once) and a substitute's name for an excused member.
 */
@Named
@ViewScoped
public class AttendanceTakingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    @Inject
    MeetingBacking page;

    @Inject
    Language language;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = page.getRecord().attendance().stream().map(a -> new Row(a, language.getLocale())).toList();
        }
        return rows;
    }

    public void save(Row row) {
        minutes.mark(page.getMeetingId(), row.getMemberId(), row.getStatus() == null ? null : Presence.valueOf(row.getStatus()), row.getSubstitute());
        page.changed();
    }

    public Presence[] getChoices() {
        return Presence.values();
    }

    /** One member's line, editable. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long memberId;
        private final String name;
        private final String organisation;
        private final String sector;
        private final String reply;
        private String status;
        private String substitute;

        Row(Attendance attendance, Locale locale) {
            memberId = attendance.getMember().getId();
            name = attendance.getMember().isErased()
                    ? se.samverka.platform.Messages.text(locale, "meetings.erasedPerson") : attendance.getMember().getName();
            organisation = attendance.getMember().getOrganisation();
            sector = attendance.getMember().getSector().name(locale);
            reply = attendance.getReply() == null ? null : attendance.getReply().name();
            status = attendance.getStatus() == null ? null : attendance.getStatus().name();
            substitute = attendance.getSubstitute();
        }

        public Long getMemberId() {
            return memberId;
        }

        public String getName() {
            return name;
        }

        public String getOrganisation() {
            return organisation;
        }

        public String getSector() {
            return sector;
        }

        public String getReply() {
            return reply;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getSubstitute() {
            return substitute;
        }

        public void setSubstitute(String substitute) {
            this.substitute = substitute;
        }
    }
}
