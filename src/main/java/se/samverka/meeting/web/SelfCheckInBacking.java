package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import se.samverka.api.RateLimiter;
import se.samverka.meeting.Attendance;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.ReplyService;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;

/** Checking oneself in by the QR code on the wall ({@code /m/in/{token}}): the member gives their e-mail address. */
@Named
@ViewScoped
public class SelfCheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReplyService replies;

    private String token;
    private String email;
    private String seriesName;
    private String checkedIn;

    public void load() {
        Meeting meeting = MeetingPages.load(() -> replies.wall(token).orElseThrow(() -> new NotFoundException("link", "")));
        if (meeting != null) {
            seriesName = meeting.getSeries().getName();
        }
    }

    /**
     * Checks the member in. Within the per-address budget, since the address on the wall is public; the page
     * confirms without the name, so that trying addresses reveals no one's name.
     */
    public void checkIn() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (RateLimiter.take(request.getRemoteAddr()) > 0) {
            Feedback.error("meetingCheckIn.tooMany");
            return;
        }
        Attendance attendance = replies.checkIn(token, email);
        checkedIn = attendance.getMeeting().getSeries().getName();
        email = null;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public String getCheckedIn() {
        return checkedIn;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
