package se.samverka.privacy;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samverka.documents.PersonalDataDocument;
import se.samverka.documents.PersonalDataDocument.Line;
import se.samverka.documents.PersonalDataDocument.Section;
import se.samverka.platform.Messages;
import se.samverka.privacy.PersonExtract.RegistrationData;

/** The extract as a readable document in the reader's language: the labels here, the layout in documents. */
final class ExtractPdf {

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    ExtractPdf(Locale locale) {
        this.locale = Messages.supported(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(this.locale);
    }

    void write(PersonExtract extract, OutputStream out) {
        String title = Messages.format(locale, "privacy.pdf.title", extract.email());
        String intro = Messages.format(locale, "privacy.pdf.intro", time(extract.madeAt()));
        new PersonalDataDocument(locale, title).write(intro, sections(extract), out);
    }

    private List<Section> sections(PersonExtract extract) {
        List<Section> sections = new ArrayList<>();
        for (RegistrationData r : extract.registrations()) {
            sections.add(new Section(Messages.format(locale, "privacy.pdf.registration", r.event()), 1, List.of(
                    line("event", r.event() + " (" + date(r.firstDay()) + " – " + date(r.lastDay()) + ")"),
                    line("status", Messages.text(locale, "privacy.pdf.status." + r.status())),
                    line("name", r.firstName() + " " + r.lastName()), line("email", r.email()),
                    line("phone", r.phone()), line("organisation", r.organisation()), line("jobTitle", r.jobTitle()),
                    line("sector", r.sector()), line("dietary", r.dietary()), line("accessibility", r.accessibility()),
                    line("language", r.language()), line("consentPrivacyAt", time(r.consentPrivacyAt())),
                    line("consentListed", Messages.text(locale, r.consentListed() ? "privacy.pdf.yes" : "privacy.pdf.no")),
                    line("checkInCode", r.checkInCode()), line("createdAt", time(r.createdAt())),
                    line("days", r.days().stream().map(this::date).collect(Collectors.joining(", "))))));
            sections.add(sub("workshops", r.workshops().stream()
                    .map(w -> new Line(w.title(), time(w.start()) + " · " + w.status())).toList()));
            sections.add(sub("answers", r.answers().stream().map(a -> new Line(a.question(), a.answer())).toList()));
            sections.add(sub("corrections", r.corrections().stream().map(c -> new Line(c.field(),
                    c.oldValue() + " → " + c.newValue() + " (" + time(c.editedAt()) + ")")).toList()));
            sections.add(sub("checkIns", r.checkIns().stream().map(c -> new Line(date(c.day()),
                    (c.session() == null ? "" : c.session() + " · ") + time(c.scannedAt())
                            + (c.undone() ? " (" + Messages.text(locale, "privacy.pdf.undone") + ")" : ""))).toList()));
            sections.add(sub("certificates", r.certificates().stream().map(c -> new Line(c.code(),
                    c.name() + " · " + c.minutes() + " min · " + time(c.issuedAt()))).toList()));
            sections.add(sub("tableSeats", r.tableSeats().stream().map(s -> new Line(date(s.day()),
                    Messages.format(locale, "privacy.pdf.table", s.table()))).toList()));
            if (r.survey() != null) {
                List<Line> survey = new ArrayList<>();
                survey.add(new Line(Messages.text(locale, "privacy.pdf.surveyState"), r.survey().note()));
                r.survey().answers().forEach(a -> survey.add(new Line(a.question(), a.answer())));
                sections.add(sub("survey", survey));
            }
        }
        sections.add(new Section(Messages.text(locale, "privacy.pdf.section.mails"), 1, extract.mails().stream()
                .map(m -> new Line(time(m.createdAt()), (m.subject() == null ? Messages.text(locale, "mail.pending")
                        : m.subject()) + " · " + m.status()
                        + (m.body() == null ? "" : "\n\n" + m.body()))).toList()));
        List<Line> memberships = new ArrayList<>();
        extract.meetingMemberships().forEach(m -> {
            memberships.add(new Line(m.series(), m.name() + ", " + m.organisation()));
            m.attendance().forEach(a -> memberships.add(new Line(time(a.meeting()),
                    (a.reply() == null ? "" : a.reply()) + (a.status() == null ? "" : " · " + a.status()))));
            m.actions().forEach(a -> memberships.add(new Line(Messages.text(locale, "privacy.pdf.action"),
                    a.text() + " · " + a.status())));
        });
        sections.add(new Section(Messages.text(locale, "privacy.pdf.section.memberships"), 1, memberships));
        return sections;
    }

    private Section sub(String key, List<Line> lines) {
        return new Section(Messages.text(locale, "privacy.pdf.section." + key), 2, lines);
    }

    private Line line(String key, String value) {
        return new Line(Messages.text(locale, "privacy.pdf.field." + key), value);
    }

    private String date(LocalDate date) {
        return date == null ? "" : date.format(dates);
    }

    private String time(LocalDateTime time) {
        return time == null ? "" : time.format(times);
    }
}
