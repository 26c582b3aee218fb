package se.samverka.participants.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.participants.SectorCount;

class SectorChartTest {

    @Test
    void aSectorNameCannotEndTheScriptItIsWrittenInto() {
        String name = "Fritid</script><script>alert(1)</script>&";
        String json = SectorChart.json(List.of(new SectorCount("YOUTH", name, "#123456", 3)), "Antal");
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        String label = Json.createReader(new StringReader(json)).readObject().getJsonObject("data")
                .getJsonArray("labels").getString(0);
        assertEquals(name, label, "the browser reads the same name back");
    }
}
