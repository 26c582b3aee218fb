package se.samverka.participants;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import se.samverka.registration.RegistrationStatus;

/**
 * The participant filter as API query parameters ({@code ?sector=&organisation=&status=&workshop=&day=&q=}),
 * read as text so that a malformed value is a 400 problem naming the parameter, not a bare 404.
 */
public class FilterParameters {

    @QueryParam("sector")
    String sector;

    @QueryParam("organisation")
    String organisation;

    @QueryParam("status")
    String status;

    @QueryParam("workshop")
    String workshop;

    @QueryParam("day")
    String day;

    @QueryParam("q")
    String search;

    ParticipantFilter filter() {
        return new ParticipantFilter(sector, organisation, status(), number("workshop", workshop), date("day", day),
                search, null, false);
    }

    private RegistrationStatus status() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RegistrationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidListRequest("status", "participants.error.status", status);
        }
    }

    static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidListRequest(field, "participants.error.number", value);
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidListRequest(field, "participants.error.date", value);
        }
    }
}
