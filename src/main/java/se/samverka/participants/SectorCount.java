package se.samverka.participants;

import java.io.Serializable;

/** How many participants come from one sector; the bar of the chart. */
public record SectorCount(String code, String name, String colour, long count) implements Serializable {

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getColour() { return colour; }
    public long getCount() { return count; }
}
