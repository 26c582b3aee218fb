package se.samverka.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.mail.MailService;
import se.samverka.mail.MailSettings;
import se.samverka.mail.OutgoingMail;
import se.samverka.web.Feedback;

/** Outgoing mail for organisers: the newest mails, one mail's text and attachments, send a failed one again. */
@Named
@ViewScoped
public class OutgoingMailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 500;

    @Inject
    MailService mails;

    @Inject
    MailSettings settings;

    private transient List<OutgoingMail> all;
    private transient OutgoingMail selected;
    private Long selectedId;

    public List<OutgoingMail> getMails() {
        if (all == null) {
            all = mails.list(SHOWN);
        }
        return all;
    }

    public void show(OutgoingMail mail) {
        selectedId = mail.getId();
        selected = mails.get(selectedId);
    }

    public OutgoingMail getSelected() {
        if (selected == null && selectedId != null) {
            selected = mails.get(selectedId);
        }
        return selected;
    }

    public void sendAgain(OutgoingMail mail) {
        mails.sendAgain(mail.getId());
        Feedback.info("mail.sentAgain", mail.isWritten() ? mail.getSubject() : mail.getReference());
        refresh();
    }

    public void refresh() {
        all = null;
        selected = null;
    }

    public boolean isWritingFiles() {
        return settings.writesFiles();
    }

    public String getFolder() {
        return settings.folder().toString();
    }

    public String getServer() {
        return settings.server();
    }
}
