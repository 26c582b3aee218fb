package se.samverka.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.event.EventService;
import se.samverka.web.Feedback;

/** The rooms section of the event page: add, change and remove the event's rooms. */
@Named
@ViewScoped
public class EventRoomsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    private Long eventId;
    private List<RoomRow> rooms;
    private RoomRow newRoom = new RoomRow();

    private void load() {
        rooms = events.get(eventId).getRooms().stream().map(RoomRow::new).toList();
    }

    public void add() {
        events.addRoom(eventId, newRoom.getName(), newRoom.getSeats());
        Feedback.info("eventEdit.roomAdded", newRoom.getName());
        newRoom = new RoomRow();
        load();
    }

    public void change(RoomRow room) {
        events.changeRoom(eventId, room.getId(), room.getName(), room.getSeats());
        Feedback.info("eventEdit.roomSaved", room.getName());
        load();
    }

    public void remove(RoomRow room) {
        events.removeRoom(eventId, room.getId());
        Feedback.info("eventEdit.roomRemoved", room.getName());
        load();
    }

    /** Shows the section for this event (the page passes its own event id); loads on first use. */
    public void show(Long eventId) {
        this.eventId = eventId;
    }

    public List<RoomRow> getRooms() {
        if (rooms == null && eventId != null) {
            load();
        }
        return rooms;
    }

    public RoomRow getNewRoom() {
        return newRoom;
    }
}
