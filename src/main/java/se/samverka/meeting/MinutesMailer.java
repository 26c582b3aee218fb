package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.samverka.documents.MinutesDocument;
import se.samverka.mail.Mail;
import se.samverka.mail.MailService;
import se.samverka.platform.Messages;

/** Mails the minutes as a PDF to every active member of the series, through the outbox (draft or approved). */
@ApplicationScoped
public class MinutesMailer {

    private final MinutesService minutes;
    private final MinutesPdf pdf;
    private final MailService mails;

    @Inject
    public MinutesMailer(MinutesService minutes, MinutesPdf pdf, MailService mails) {
        this.minutes = minutes;
        this.pdf = pdf;
        this.mails = mails;
    }

    /** For CDI's proxy only. */
    protected MinutesMailer() {
        this(null, null, null);
    }

    /** Queues one mail per active member on the roster; returns how many. */
    @Transactional
    public int mail(Long meetingId) {
        MinutesService.MeetingRecord record = minutes.record(meetingId);
        Meeting meeting = record.meeting();
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        pdf.write(pdf.content(record, Messages.SWEDISH), Messages.SWEDISH, document);
        byte[] bytes = document.toByteArray();
        String date = meeting.getStart().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Messages.SWEDISH));
        String status = Messages.text(Messages.SWEDISH, meeting.isApproved() ? "meeting.mail.minutesApproved"
                : "meeting.mail.minutesDraft");
        int sent = 0;
        for (Member member : minutes.activeMembers(meeting)) {
            mails.queue(Mail.to(member.getEmail())
                    .subject(Messages.format(Messages.SWEDISH, "meeting.mail.minutesSubject", meeting.getSeries().getName(), date))
                    .text(Messages.format(Messages.SWEDISH, "meeting.mail.minutesText", member.getName(),
                            meeting.getSeries().getName(), date, status)
                            + "\n\n-- In English --\n\n" + Messages.format(Messages.ENGLISH, "meeting.mail.minutesText",
                                    member.getName(), meeting.getSeries().getName(), meeting.getStart().toLocalDate().format(
                                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.ENGLISH)),
                                    Messages.text(Messages.ENGLISH, meeting.isApproved() ? "meeting.mail.minutesApproved"
                                            : "meeting.mail.minutesDraft")))
                    .attach("protokoll-" + meeting.getStart().toLocalDate() + ".pdf", MinutesDocument.MEDIA_TYPE, bytes)
                    .reference("minutes:" + meeting.getId()));
            sent++;
        }
        return sent;
    }
}
