package se.samverka.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.samverka.platform.DomainException;

/**
 * Reads every JSON request body of the API (they are all records) strictly, before any service sees it:
 * <ul>
 * <li>at most {@value #MAX_BYTES} bytes (more: 413 at once, without reading the rest), nested at most
 * {@value #MAX_DEPTH} levels deep (checked before parsing);</li>
 * <li>each value must have its field's JSON type: text for text ({@code 123} is not a name), {@code true} or
 * {@code false} for yes/no ({@code "x"} is not false), whole numbers in range for numbers, one of the listed
 * names for a choice, ISO dates with four-digit years, lists without empty entries, and at most
 * {@value #MAX_ITEMS} items in a list or object;</li>
 * <li>every fault is reported at once as a 400 problem naming its field ({@code days[0]}, {@code answers.12}).</li>
 * <li>a field typed {@link JsonValue} takes any JSON value as it is (an answer whose type depends on its question):
 * the record itself checks it.</li>
 * </ul>
 * Fields the record does not have are ignored, so that older clients keep working as the API grows.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Record> {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_ITEMS = 500;
    static final int MAX_DEPTH = 16;
    /** Found once: {@code Json.createReader} looks the provider up through ServiceLoader, a scan of every jar of
     * the server, on every call (5% of a registration's CPU in a rush). */
    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json"));
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BodyTooLarge(MAX_BYTES / 1024);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new NoContentException("empty body");
        }
        if (depth(bytes) > MAX_DEPTH) {
            throw new BodyTooDeep(MAX_DEPTH); // before parsing: a parser recurses once per level
        }
        JsonValue json;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
            json = reader.readValue();
        } catch (JsonException e) {
            throw new WebApplicationException(e, 400);
        }
        return read(type, json);
    }

    /** Binds parsed JSON to a record, or refuses it with every fault listed. */
    public static <T extends Record> T read(Class<T> type, JsonValue json) {
        Binder binder = new Binder();
        Object value = binder.value(type, json, "body");
        if (!binder.faults.isEmpty()) {
            throw new InvalidJsonException(binder.faults);
        }
        return type.cast(value);
    }

    /** Walks the JSON beside the record's types, collecting faults rather than stopping at the first. */
    private static final class Binder {
        private final List<InvalidJsonException.Fault> faults = new ArrayList<>();

        Object value(Type type, JsonValue json, String path) {
            if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
                return emptyValue(type);
            }
            Class<?> raw = raw(type);
            if (raw == JsonValue.class) {
                return json; // any JSON value: the record decides what it may be
            }
            if (raw.isRecord()) {
                return record(raw, json, path);
            }
            if (raw == String.class) {
                return json instanceof JsonString text ? text.getString() : fault(path, "json.error.text");
            }
            if (raw == boolean.class || raw == Boolean.class) {
                if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
                    return json == JsonValue.TRUE;
                }
                return fault(path, "json.error.boolean");
            }
            if (raw == int.class || raw == Integer.class) {
                return wholeNumber(json, path, Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValue);
            }
            if (raw == long.class || raw == Long.class) {
                return wholeNumber(json, path, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValue);
            }
            if (raw.isEnum()) {
                return choice(raw, json, path);
            }
            if (raw == LocalDate.class) {
                return temporal(json, path, LocalDate::parse, "json.error.date");
            }
            if (raw == LocalDateTime.class) {
                return temporal(json, path, LocalDateTime::parse, "json.error.dateTime");
            }
            if (raw == LocalTime.class) {
                return temporal(json, path, LocalTime::parse, "json.error.time");
            }
            if (raw == Instant.class) {
                Object moment = temporal(json, path, text -> OffsetDateTime.parse(text), "json.error.instant");
                return moment == null ? null : ((OffsetDateTime) moment).toInstant();
            }
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                return collection(type, raw, json, path);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(type, json, path);
            }
            throw new IllegalStateException("No strict JSON reading for " + type + " at " + path);
        }

        private Object record(Class<?> type, JsonValue json, String path) {
            if (!(json instanceof JsonObject object)) {
                return fault(path, "json.error.object");
            }
            RecordComponent[] components = type.getRecordComponents();
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = jsonName(type, components[i]);
                String fieldPath = "body".equals(path) ? name : path + "." + name;
                arguments[i] = value(components[i].getGenericType(), object.get(name), fieldPath);
            }
            if (!faults.isEmpty()) {
                return null;
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return canonical.newInstance(arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException refused) {
                    throw refused;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + type, e);
            }
        }

        private Object wholeNumber(JsonValue json, String path, long min, long max, Function<BigInteger, Object> as) {
            if (json instanceof JsonNumber number && number.isIntegral()) {
                try {
                    BigInteger value = number.bigIntegerValueExact();
                    if (value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                        return as.apply(value);
                    }
                } catch (ArithmeticException notWhole) {
                    // falls through to the fault
                }
            }
            return fault(path, "json.error.wholeNumber");
        }

        private Object choice(Class<?> type, JsonValue json, String path) {
            Object[] constants = type.getEnumConstants();
            if (json instanceof JsonString text) {
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equals(text.getString())) {
                        return constant;
                    }
                }
            }
            return fault(path, "json.error.choice",
                    String.join(", ", Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList()));
        }

        private Object temporal(JsonValue json, String path, Function<String, Temporal> parse, String key) {
            if (json instanceof JsonString text) {
                try {
                    Temporal value = parse.apply(text.getString());
                    if (!value.isSupported(ChronoField.YEAR) || (value.get(ChronoField.YEAR) >= 1
                            && value.get(ChronoField.YEAR) <= 9999)) {
                        return value;
                    }
                } catch (DateTimeParseException bad) {
                    // falls through to the fault
                }
            }
            return fault(path, key);
        }

        private Object collection(Type type, Class<?> raw, JsonValue json, String path) {
            if (!(json instanceof JsonArray array)) {
                return fault(path, "json.error.list");
            }
            if (array.size() > MAX_ITEMS) {
                return fault(path, "json.error.tooMany", MAX_ITEMS);
            }
            Type element = argument(type, 0);
            Collection<Object> values = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String itemPath = path + "[" + i + "]";
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    fault(itemPath, "json.error.emptyItem");
                } else {
                    Object item = value(element, array.get(i), itemPath);
                    if (item != null) {
                        values.add(item);
                    }
                }
            }
            return Set.class.isAssignableFrom(raw) ? Set.copyOf(values) : List.copyOf(values);
        }

        private Object map(Type type, JsonValue json, String path) {
            if (!(json instanceof JsonObject object)) {
                return fault(path, "json.error.object");
            }
            if (object.size() > MAX_ITEMS) {
                return fault(path, "json.error.tooMany", MAX_ITEMS);
            }
            if (raw(argument(type, 0)) != String.class) {
                throw new IllegalStateException("Map keys must be text at " + path);
            }
            Type valueType = argument(type, 1);
            Map<String, Object> values = new LinkedHashMap<>();
            object.forEach((key, item) -> {
                String itemPath = path + "." + key;
                if (key.length() > 100) {
                    fault(path, "json.error.keyTooLong");
                } else if (item.getValueType() != JsonValue.ValueType.NULL) {
                    Object value = value(valueType, item, itemPath);
                    if (value != null) {
                        values.put(key, value);
                    }
                }
            });
            return values;
        }

        private Object fault(String path, String key, Object... arguments) {
            faults.add(new InvalidJsonException.Fault(path, key, arguments));
            return null;
        }

        private static Object emptyValue(Type type) {
            Class<?> raw = raw(type);
            if (raw == boolean.class) {
                return false;
            }
            if (raw == int.class) {
                return 0;
            }
            if (raw == long.class) {
                return 0L;
            }
            return null;
        }

        private static Class<?> raw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            throw new IllegalStateException("Unsupported type " + type);
        }

        private static Type argument(Type type, int index) {
            if (type instanceof ParameterizedType p) {
                return p.getActualTypeArguments()[index];
            }
            return String.class;
        }

        /** The JSON name: {@code @JsonbProperty} on the field or accessor, else the component's name. */
        private static String jsonName(Class<?> type, RecordComponent component) {
            JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
            if (property == null) {
                try {
                    property = type.getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
                } catch (NoSuchFieldException impossible) {
                    property = null;
                }
            }
            return property == null || property.value().isEmpty() ? component.getName() : property.value();
        }
    }

    /** How deeply arrays and objects nest in this JSON text (brackets inside strings do not count). */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /** The body nests deeper than any request of the API does. */
    public static class BodyTooDeep extends DomainException {
        public BodyTooDeep(int levels) {
            super(Kind.INVALID, "body", "error.bodyTooDeep", levels);
        }
    }

    /** The body is over the limit: 413, said in the caller's language. */
    public static class BodyTooLarge extends DomainException {
        public BodyTooLarge(int kilobytes) {
            super(Kind.TOO_LARGE, "body", "error.bodyTooLarge", kilobytes);
        }
    }
}
