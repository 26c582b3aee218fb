package se.samverka.event.web;

import java.io.Serializable;
import se.samverka.event.Room;

/** One row of the rooms table (or the new room): its name and seats as the page edits them. */
public class RoomRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private Integer seats;

    public RoomRow() {
    }

    RoomRow(Room room) {
        this.id = room.getId();
        this.name = room.getName();
        this.seats = room.getSeats();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
}
