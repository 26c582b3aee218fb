package se.samverka.attendance.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import se.samverka.attendance.AttendanceOverview;
import se.samverka.attendance.AttendanceService;
import se.samverka.attendance.CheckInService;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * Attendance as it happens ({@code admin/attendance/index.xhtml?event=}): per day, session and sector, a
 * chart with the table as its accessible twin, the doubtful scans to resolve, and the exports. The page
 * refreshes its figures itself.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @Inject
    AttendanceService attendance;

    @Inject
    CheckInService checkIns;

    @Inject
    EventService events;

    @Inject
    SecurityContext security;

    private Long eventId;
    private String eventTitle;
    private AttendanceOverview overview;

    public void load() throws IOException {
        try {
            eventTitle = events.get(eventId).getTitle();
            refresh();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void refresh() {
        overview = attendance.overview(eventId, locale());
    }

    public void resolve(Long checkInId) {
        checkIns.resolve(checkInId, security.getCallerPrincipal().getName());
        refresh();
        Feedback.info("attendancePage.resolved");
    }

    /** The sector chart: checked in against registered, one pair of bars per sector. */
    public String getChartJson() {
        return AttendanceChart.json(overview.sectors(), locale());
    }

    private Locale locale() {
        return language.getLocale();
    }

    public AttendanceOverview getOverview() { return overview; }
    public String getEventTitle() { return eventTitle; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
}
