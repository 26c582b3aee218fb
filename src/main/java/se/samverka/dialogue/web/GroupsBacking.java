package se.samverka.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.samverka.dialogue.DayGroups;
import se.samverka.dialogue.GroupService;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/** The table groups page ({@code admin/dialogue/?event=}): choose day and size, mix, move people, lock tables. */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject GroupService groups;
    @Inject EventService events;
    @Inject Language language;

    private Long eventId;
    private String eventTitle;
    private List<LocalDate> days = List.of();
    private LocalDate day;
    private Integer size = 7;
    private boolean onlyCheckedIn;
    private DayGroups current;
    private Long moveWho;
    private Integer moveTo;

    public void load() throws IOException {
        try {
            Event event = events.get(eventId);
            eventTitle = event.getTitle();
            days = event.getDays().stream().map(EventDay::getDate).sorted().toList();
            day = days.get(days.size() - 1);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show();
    }

    /** Reads the chosen day's tables (after a change of day). */
    public void show() {
        current = groups.groups(eventId, day, language.getLocale());
        moveWho = null;
        moveTo = null;
    }

    public void mix() {
        current = groups.mix(eventId, size, day, onlyCheckedIn, null, language.getLocale());
        Feedback.info("groups.mixed", current.groups().size(), String.valueOf(current.seed()));
    }

    public void move() {
        if (moveWho == null || moveTo == null) {
            Feedback.error("groups.error.moveChoice");
            return;
        }
        current = groups.move(eventId, day, moveTo, moveWho, language.getLocale());
        String name = current.groups().stream().flatMap(group -> group.members().stream())
                .filter(member -> member.registrationId().equals(moveWho)).findFirst()
                .map(DayGroups.Member::name).orElse("");
        Feedback.info("groups.moved", name, moveTo);
        moveWho = null;
        moveTo = null;
    }

    public void lock(int number) {
        current = groups.lock(eventId, day, number, true, language.getLocale());
        Feedback.info("groups.lockedNow", number);
    }

    public void unlock(int number) {
        current = groups.lock(eventId, day, number, false, language.getLocale());
        Feedback.info("groups.unlockedNow", number);
    }

    /** "Dag 2 – tisdag 20 januari" */
    public String dayLabel(LocalDate date) {
        return Messages.format(language.getLocale(), "groups.dayOption", days.indexOf(date) + 1,
                date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale())));
    }

    /** Everyone seated, table by table, for the person chooser. */
    public List<SelectItemGroup> getPeople() {
        return current.groups().stream().map(group -> new SelectItemGroup(
                Messages.format(language.getLocale(), "groups.table", group.number()), null, false,
                group.members().stream().map(member -> new SelectItem(member.registrationId(),
                        member.name() + ", " + member.organisation())).toArray(SelectItem[]::new))).toList();
    }

    /** The tables someone can be moved to: each table, and a new one. */
    public List<Integer> getTargets() {
        return java.util.stream.Stream.concat(current.groups().stream().map(DayGroups.Group::number),
                java.util.stream.Stream.of(current.nextNumber())).toList();
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public List<LocalDate> getDays() { return days; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public Integer getSize() { return size; }
    public void setSize(Integer size) { this.size = size; }
    public boolean isOnlyCheckedIn() { return onlyCheckedIn; }
    public void setOnlyCheckedIn(boolean onlyCheckedIn) { this.onlyCheckedIn = onlyCheckedIn; }
    public DayGroups getCurrent() { return current; }
    public Long getMoveWho() { return moveWho; }
    public void setMoveWho(Long moveWho) { this.moveWho = moveWho; }
    public Integer getMoveTo() { return moveTo; }
    public void setMoveTo(Integer moveTo) { this.moveTo = moveTo; }
}
