package se.samverka.participants.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import se.samverka.participants.SectorCount;

/**
 * The Chart.js configuration of the sector chart ({@code <p:chart>}): one horizontal bar per sector
 * in the sector's colour, no animation (WCAG 2.3.3). The counts table beside it carries the same
 * numbers for screen readers and for anyone who cannot tell the colours apart. Sector names are the
 * organisers' own text, so {@code <}, {@code >} and {@code &} are written as JSON escapes.
 */
final class SectorChart {

    private SectorChart() {
    }

    static String json(List<SectorCount> counts, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (SectorCount count : counts) {
            labels.add(count.name());
            values.add(count.count());
            colours.add(count.colour());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", values).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString()
                // the configuration is written into a <script>: a name with "</script>" must not end it
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
