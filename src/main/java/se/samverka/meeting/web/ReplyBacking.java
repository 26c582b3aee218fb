package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samverka.meeting.ReplyService;
import se.samverka.meeting.ReplyService.Invitation;
import se.samverka.meeting.Reply;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;

/**
 * A member's answer to an invitation ({@code /m/{token}}, {@code ?svar=kommer} or {@code ?svar=kan-inte} from the
 * mail's two links): the choice from the link is preselected and one click sends it. Opening the link changes
 * nothing by itself, since mail filters open links to scan them.
 */
@Named
@ViewScoped
public class ReplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReplyService replies;

    private String token;
    private String svar;
    private String choice;
    private String substitute;
    private transient Invitation invitation;
    private boolean answered;

    public void load() {
        invitation = MeetingPages.load(() -> replies.invitation(token).orElseThrow(() -> new NotFoundException("link", "")));
        if (invitation != null && choice == null) {
            choice = "kan-inte".equals(svar) ? Reply.NOT_COMING.name()
                    : "kommer".equals(svar) ? Reply.COMING.name()
                    : invitation.attendance().getReply() == null ? null : invitation.attendance().getReply().name();
            substitute = invitation.attendance().getSubstitute();
        }
    }

    public void send() {
        replies.answer(token, choice == null ? null : Reply.valueOf(choice), substitute);
        answered = true;
        invitation = replies.invitation(token).orElseThrow();
        Feedback.info(Reply.COMING.name().equals(choice) ? "meetingReply.thanksComing" : "meetingReply.thanksNotComing");
    }

    public Invitation getInvitation() {
        if (invitation == null) {
            invitation = replies.invitation(token).orElse(null);
        }
        return invitation;
    }

    public Reply[] getChoices() {
        return Reply.values();
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getSvar() {
        return svar;
    }

    public void setSvar(String svar) {
        this.svar = svar;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void setSubstitute(String substitute) {
        this.substitute = substitute;
    }
}
