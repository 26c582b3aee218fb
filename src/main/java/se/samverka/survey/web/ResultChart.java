package se.samverka.survey.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import se.samverka.survey.GroupFigures;
import se.samverka.survey.QuestionFigures;

/**
 * The Chart.js configuration of one question's chart ({@code <p:chart>}): a bar per rating (1–5) or per option,
 * one set of bars per shown group, no animation (WCAG 2.3.3). The table beside it carries the same figures, for
 * screen readers and for anyone who cannot tell the colours apart. Options and sector names are organisers' text,
 * so {@code <}, {@code >} and {@code &} are written as JSON escapes.
 */
final class ResultChart {

    /** Distinct enough side by side, and each dark enough against white. */
    private static final List<String> COLOURS = List.of("#1F4E79", "#C0504D", "#4F8A3C", "#7E57C2", "#B7791F",
            "#00838F", "#AD1457", "#5D6D7E", "#6D4C41", "#283593");

    private ResultChart() {
    }

    static String json(QuestionFigures question, String axisLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        question.countKeys().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < question.groups().size(); i++) {
            GroupFigures group = question.groups().get(i);
            JsonArrayBuilder values = Json.createArrayBuilder();
            question.countKeys().forEach(key -> values.add(group.counts().getOrDefault(key, 0)));
            datasets.add(Json.createObjectBuilder().add("label", group.group()).add("data", values)
                    .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", question.groups().size() > 1)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", axisLabel))
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString()
                // the configuration is written into a <script>: a text with "</script>" must not end it
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
