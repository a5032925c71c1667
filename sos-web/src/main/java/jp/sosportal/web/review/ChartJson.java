package jp.sosportal.web.review;

import java.util.Collection;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The Chart.js configuration of the dashboard's charts, as JSON the page hands to the canvas. */
final class ChartJson {

    private ChartJson() {
    }

    static JsonObjectBuilder dataset(String label, List<Long> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }

    /** A bar or line chart from zero; stacked bars add up per label. */
    static String chart(String type, Collection<String> labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("scales", Json.createObjectBuilder().add("x", axis)
                        .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
