package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.meeting.AgendaItem;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.MinutesService;
import se.samverka.web.Feedback;

/** The agenda and minutes on the meeting's page: items in order, minutes and decisions per item. */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    @Inject
    MeetingBacking page;

    private List<Item> items;
    private String title;
    private String presenter;
    private Integer allotted;

    public List<Item> getItems() {
        if (items == null) {
            items = page.getRecord().agenda().stream().map(item -> new Item(item, page.getRecord().decisions().stream()
                    .filter(d -> d.getItem() != null && d.getItem().getId().equals(item.getId()))
                    .map(d -> d.getText()).toList())).toList();
        }
        return items;
    }

    public void add() {
        minutes.addItem(page.getMeetingId(), title, presenter, allotted);
        title = null;
        presenter = null;
        allotted = null;
        reload();
    }

    /**
     * Saves one item's minutes (refused with a message when someone else saved it since it was loaded) and its new
     * decision. Only that item is read and redrawn, so text typed in other items stays.
     */
    public void save(Item item) {
        AgendaItem saved = minutes.writeMinutes(page.getMeetingId(), item.getId(), item.getMinutesText(), item.version);
        item.version = saved.getVersion();
        item.setMinutesText(saved.getMinutesText());
        if (item.getDecision() != null && !item.getDecision().isBlank()) {
            item.decisions.add(minutes.decide(page.getMeetingId(), item.getId(), item.getDecision()).getText());
            item.setDecision(null);
        }
        page.changed();
        Feedback.info("meetings.minutes.saved", item.getTitle());
    }

    public void up(Item item) {
        minutes.moveItem(page.getMeetingId(), item.getId(), -1);
        reload();
    }

    public void down(Item item) {
        minutes.moveItem(page.getMeetingId(), item.getId(), 1);
        reload();
    }

    public void moveToNext(Item item) {
        Meeting next = minutes.moveToNext(page.getMeetingId(), item.getId());
        Feedback.info("meetings.minutes.moved", item.getTitle(), next.getStart().toLocalDate());
        reload();
    }

    private void reload() {
        page.changed();
        items = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public Integer getAllotted() {
        return allotted;
    }

    public void setAllotted(Integer allotted) {
        this.allotted = allotted;
    }

    /** One agenda item with its minutes being written and a new decision. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final int position;
        private final String title;
        private final String presenter;
        private final int allotted;
        private final List<String> decisions;
        private long version;
        private String minutesText;
        private String decision;

        Item(AgendaItem item, List<String> decisions) {
            id = item.getId();
            position = item.getPosition();
            title = item.getTitle();
            presenter = item.getPresenter();
            allotted = item.getMinutesAllotted();
            minutesText = item.getMinutesText();
            this.decisions = new java.util.ArrayList<>(decisions);
            version = item.getVersion();
        }

        public Long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getTitle() {
            return title;
        }

        public String getPresenter() {
            return presenter;
        }

        public int getAllotted() {
            return allotted;
        }

        public List<String> getDecisions() {
            return decisions;
        }

        public String getMinutesText() {
            return minutesText;
        }

        public void setMinutesText(String minutesText) {
            this.minutesText = minutesText;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }
    }
}
