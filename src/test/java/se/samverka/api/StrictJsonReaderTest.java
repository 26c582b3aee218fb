package se.samverka.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import se.samverka.event.EventDetails;
import se.samverka.event.EventType;
import se.samverka.program.SessionDetails;
import se.samverka.registration.RegistrationRequest;

class StrictJsonReaderTest {

    private static final String GOOD = """
            {"firstName":"Åsa","lastName":"Öberg","email":"asa@degerfors.example","organisation":"Förskolan Solrosen",
             "sector":"PRESCHOOL","days":["2031-05-06"],"sessionIds":[12,13],"answers":{"5":"Ja"},
             "consentPrivacy":true,"consentListed":false,"unknownField":{"ignored":[1,2]}}
            """;

    @Test
    void aWellFormedBodyBindsAndUnknownFieldsAreIgnored() {
        RegistrationRequest request = read(RegistrationRequest.class, GOOD);
        assertEquals("Åsa", request.firstName());
        assertEquals(Set.of(LocalDate.of(2031, 5, 6)), request.days());
        assertEquals(List.of(12L, 13L), request.sessionIds());
        assertEquals(Map.of("5", "Ja"), request.answers());
        assertTrue(request.consentPrivacy());
        assertFalse(request.consentListed());
        assertNull(request.phone());
    }

    @Test
    void wrongTypesAreRefusedNamingEachField() {
        InvalidJsonException refused = assertThrows(InvalidJsonException.class, () -> read(RegistrationRequest.class, """
                {"firstName":123,"lastName":["Öberg"],"email":"a@b.example","organisation":"X","sector":"SCHOOL",
                 "consentPrivacy":"true","consentListed":"x","days":[null,"2031-02-30"],"sessionIds":[1.5,"2"],
                 "answers":{"7":true}}
                """));
        assertEquals(List.of("firstName", "lastName", "days[0]", "days[1]", "sessionIds[0]", "sessionIds[1]", "answers.7",
                "consentPrivacy", "consentListed"), refused.faults().stream().map(InvalidJsonException.Fault::field).toList());
        assertEquals("Ska vara text.", refused.fieldMessages(Locale.forLanguageTag("sv")).get("firstName"));
        assertEquals("Must be true or false.", refused.fieldMessages(Locale.ENGLISH).get("consentListed"));
    }

    @Test
    void datesNeedFourDigitYearsAndChoicesAKnownName() {
        InvalidJsonException refused = assertThrows(InvalidJsonException.class, () -> read(EventDetails.class, """
                {"title":"Konferens","type":"PARTY","startDate":"+999999999-12-01","endDate":"2031-05-06",
                 "capacity":99999999999,"registrationOpens":"2031-05-06"}
                """));
        Map<String, String> faults = refused.fieldMessages(Locale.ENGLISH);
        assertEquals(Set.of("type", "startDate", "capacity", "registrationOpens"), faults.keySet());
        assertEquals("Must be one of: CONFERENCE, WORKSHOP, NETWORK_MEETING.", faults.get("type"));
    }

    @Test
    void aJsonbPropertyNameIsTheFieldName() {
        SessionDetails session = read(SessionDetails.class, """
                {"title":"Workshop","kind":"WORKSHOP","start":"2031-05-06T10:00","end":"2031-05-06T11:00","abstract":"Om TSI"}
                """);
        assertEquals("Om TSI", session.summary());
        assertEquals(EventType.CONFERENCE, read(EventDetails.class, """
                {"title":"K","type":"CONFERENCE","startDate":"2031-05-06","endDate":"2031-05-06"}""").type());
    }

    @Test
    void listsAndObjectsAreBounded() {
        String many = "[" + "1,".repeat(StrictJsonReader.MAX_ITEMS) + "1]";
        InvalidJsonException refused = assertThrows(InvalidJsonException.class,
                () -> read(RegistrationRequest.class, GOOD.replace("[12,13]", many)));
        assertEquals("sessionIds", refused.faults().get(0).field());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
        byte[] huge = ("{\"firstName\":\"" + "x".repeat(StrictJsonReader.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThrows(StrictJsonReader.BodyTooLarge.class, () -> new StrictJsonReader().readFrom(
                (Class) RegistrationRequest.class, RegistrationRequest.class, null, null, null, new ByteArrayInputStream(huge)));
    }

    @Test
    void deepNestingIsRefusedBeforeAnythingParsesIt() {
        byte[] deep = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        assertThrows(StrictJsonReader.BodyTooDeep.class, () -> new StrictJsonReader().readFrom(
                (Class) RegistrationRequest.class, RegistrationRequest.class, null, null, null, new ByteArrayInputStream(deep)));
        assertEquals(2, StrictJsonReader.depth("{\"a\":[\"[[[{{{\\\"\"]}".getBytes(StandardCharsets.UTF_8)),
                "brackets in strings do not count");
    }

    /** Whatever JSON value sits in any field, the reader binds it or refuses it naming that field; nothing else. */
    @Test
    void anyValueInAnyFieldIsBoundOrRefusedNamingIt() {
        List<String> fields = List.of("firstName", "lastName", "email", "phone", "organisation", "sector", "title", "days",
                "sessionIds", "dietary", "accessibility", "answers", "consentPrivacy", "consentListed", "language");
        qt().withExamples(2000).forAll(SourceDSL.integers().between(0, fields.size() - 1), jsonValues())
                .checkAssert((field, value) -> {
                    String body = "{\"" + fields.get(field) + "\":" + value + "}";
                    try {
                        read(RegistrationRequest.class, body);
                    } catch (InvalidJsonException refused) {
                        assertTrue(refused.faults().stream().allMatch(f -> f.field().startsWith(fields.get(field))),
                                body + " -> " + refused.faults());
                    }
                });
    }

    static Gen<String> jsonValues() {
        Gen<String> strings = SourceDSL.strings().allPossible().ofLengthBetween(0, 40)
                .map((String s) -> Json.createValue(s).toString());
        Gen<String> numbers = SourceDSL.longs().all().map((Long n) -> String.valueOf(n))
                .mix(SourceDSL.doubles().any().map((Double d) -> Double.isFinite(d) ? String.valueOf(d) : "1e400"));
        Gen<String> scalars = strings.mix(numbers).mix(Generate.pick(List.of("true", "false", "null", "\"2031-05-06\"",
                "\"+999999999-12-01\"", "\"SCHOOL\"", "\"\\u0000\"")));
        return scalars.mix(scalars.map((String s) -> "[" + s + "]")).mix(scalars.map((String s) -> "{\"1\":" + s + "}"))
                .mix(scalars.map((String s) -> "[" + s + "," + s + ",null]"));
    }

    private static <T extends Record> T read(Class<T> type, String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return StrictJsonReader.read(type, value);
    }
}
