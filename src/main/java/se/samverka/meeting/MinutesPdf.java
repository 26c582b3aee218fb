package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverka.documents.MinutesDocument;
import se.samverka.platform.Messages;

/** Turns a meeting's record into the minutes PDF (documents/MinutesDocument). */
@ApplicationScoped
public class MinutesPdf {

    /** What the PDF shows, read while the meeting's data is at hand (before the response streams). */
    public MinutesDocument.Content content(MinutesService.MeetingRecord record, Locale locale) {
        Meeting meeting = record.meeting();
        Map<Long, List<String>> decisionsByItem = record.decisions().stream().filter(d -> d.getItem() != null)
                .collect(Collectors.groupingBy(d -> d.getItem().getId(), Collectors.mapping(Decision::getText,
                        Collectors.toList())));
        List<MinutesDocument.Item> items = new java.util.ArrayList<>(record.agenda().stream()
                .map(item -> new MinutesDocument.Item(item.getPosition(), item.getTitle(), item.getPresenter(),
                        item.getMinutesAllotted(), item.getMinutesText(),
                        decisionsByItem.getOrDefault(item.getId(), List.of())))
                .toList());
        List<String> general = record.decisions().stream().filter(d -> d.getItem() == null).map(Decision::getText).toList();
        if (!general.isEmpty()) {
            items.add(new MinutesDocument.Item(items.size() + 1, Messages.text(locale, "meetings.otherDecisions"), null, 0, null, general));
        }
        return new MinutesDocument.Content(meeting.getSeries().getName(), meeting.getSeries().getPurpose(),
                meeting.getStart(), meeting.getEnd(), meeting.getPlace(), String.join(", ", meeting.getSeries().getConveners()),
                record.attendance().stream().map(a -> new MinutesDocument.Attendee(a.getMember().getName(),
                        a.getMember().getOrganisation(), a.getMember().getSector().name(locale),
                        a.getStatus() == null ? Presence.ABSENT.name() : a.getStatus().name(), a.getSubstitute())).toList(),
                items,
                record.actions().stream().map(a -> new MinutesDocument.Action(a.getText(), a.getOwnerName(),
                        a.getOrganisation(), a.getDueDate(), meeting.isApproved() ? a.wasDoneAt(meeting.getApprovedAt()) : !a.isOpen(),
                        !a.getMeeting().equals(meeting))).toList(),
                meeting.getApprovedBy(), meeting.getApprovedAt(),
                record.amendments().stream().map(a -> new MinutesDocument.Amendment(a.getMadeAt(), a.getMadeBy(),
                        a.getWhat(), a.getNewText() == null ? "–" : a.getNewText())).toList());
    }

    public void write(MinutesDocument.Content content, Locale locale, OutputStream out) {
        new MinutesDocument(locale).write(content, out);
    }
}
