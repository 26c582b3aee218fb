package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import se.samverka.meeting.AttendanceRate;
import se.samverka.meeting.MeetingSeries;
import se.samverka.meeting.SeriesService;
import se.samverka.meeting.SeriesStatistics;
import se.samverka.platform.Messages;
import se.samverka.web.Language;

/** Attendance over a series ({@code admin/meetings/statistics.xhtml?series=}): per organisation and sector, with a chart. */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeriesService series;

    @Inject
    SeriesStatistics statistics;

    @Inject
    Language language;

    @Inject
    se.samverka.registration.SectorService sectorList;

    private Long seriesId;
    private MeetingSeries current;
    private List<AttendanceRate> organisations;
    private List<AttendanceRate> sectors;
    private java.util.Map<String, String> sectorNames = java.util.Map.of();

    public void load() {
        current = MeetingPages.load(() -> series.series(seriesId));
        if (current != null) {
            List<se.samverka.meeting.Attendance> held = statistics.held(seriesId);
            organisations = AttendanceRate.byOrganisation(held);
            sectors = AttendanceRate.bySector(held);
            sectorNames = sectorList.all().stream().collect(java.util.stream.Collectors.toMap(
                    sector -> sector.getCode(), sector -> sector.name(language.getLocale())));
        }
    }

    /** Chart.js: the rate per organisation in per cent, as a horizontal bar chart (the table carries the same). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        organisations.forEach(row -> {
            labels.add(row.organisation());
            rates.add(Math.round(row.rate() * 1000) / 10.0);
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text(language.getLocale(), "meetings.stats.rate"))
                                .add("data", rates).add("backgroundColor", "#1F5F8B"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("max", 100))))
                .build().toString()
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A sector's name in the viewer's language, from its code. */
    public String sectorName(String code) {
        return sectorNames.getOrDefault(code, code);
    }

    public MeetingSeries getCurrent() {
        return current;
    }

    public List<AttendanceRate> getOrganisations() {
        return organisations;
    }

    public List<AttendanceRate> getSectors() {
        return sectors;
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
}
