package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samverka.meeting.ActionItem;
import se.samverka.meeting.ActionStatus;
import se.samverka.meeting.MeetingSeries;
import se.samverka.meeting.MinutesService;
import se.samverka.meeting.SeriesService;

/** Actions across a series ({@code admin/meetings/actions.xhtml?series=}), filtered: open, overdue, organisation. */
@Named
@ViewScoped
public class SeriesActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeriesService series;

    @Inject
    MinutesService minutes;

    @Inject
    Clock clock;

    private Long seriesId;
    private MeetingSeries current;
    private boolean open = true;
    private boolean overdue;
    private String organisation;
    private List<ActionItem> actions;
    private List<String> organisations;

    public void load() {
        current = MeetingPages.load(() -> series.series(seriesId));
    }

    public List<ActionItem> getActions() {
        if (actions == null && current != null) {
            actions = minutes.actions(seriesId, open, overdue, organisation);
        }
        return actions;
    }

    public List<String> getOrganisations() {
        if (organisations == null) {
            organisations = series.members(seriesId).stream().map(m -> m.getOrganisation()).distinct().sorted().toList();
        }
        return organisations;
    }

    public void filter() {
        actions = null;
    }

    public void done(Long actionId) {
        minutes.changeAction(actionId, ActionStatus.DONE);
        actions = null;
    }

    public boolean overdue(ActionItem action) {
        return action.isOverdue(LocalDate.now(clock));
    }

    public MeetingSeries getCurrent() {
        return current;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    /** The page's {@code ?id=} as given: anything but a number finds nothing (404). */
    public String getId() {
        return seriesId == null ? null : seriesId.toString();
    }

    public void setId(String id) {
        this.seriesId = MeetingPages.id(id);
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
