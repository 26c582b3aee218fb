package se.samverka.attendance.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;
import se.samverka.attendance.AttendanceOverview;
import se.samverka.platform.Messages;

/**
 * The Chart.js configuration of the attendance chart ({@code <p:chart>}): per sector, registered (light) beside
 * checked in (the sector's colour), no animation. The table beside it carries the same figures. Sector names
 * are organisers' text, so {@code <}, {@code >} and {@code &} are written as JSON escapes.
 */
final class AttendanceChart {

    private AttendanceChart() {
    }

    static String json(List<AttendanceOverview.SectorCount> sectors, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder expected = Json.createArrayBuilder();
        JsonArrayBuilder checkedIn = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (AttendanceOverview.SectorCount sector : sectors) {
            labels.add(sector.name());
            expected.add(sector.expected());
            checkedIn.add(sector.checkedIn());
            colours.add(sector.colour());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Messages.text(locale, "attendanceReport.expected"))
                                        .add("data", expected).add("backgroundColor", "#D9DEE5"))
                                .add(Json.createObjectBuilder().add("label", Messages.text(locale, "attendanceReport.checkedIn"))
                                        .add("data", checkedIn).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString()
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
