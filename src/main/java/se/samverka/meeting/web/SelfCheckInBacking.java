package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverka.meeting.Attendance;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.ReplyService;
import se.samverka.platform.NotFoundException;

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

    public void checkIn() {
        Attendance attendance = replies.checkIn(token, email);
        checkedIn = attendance.getMember().getName();
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
