package se.samverka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {

    @ParameterizedTest
    @CsvSource({"13:00, 13:00", "13.00, 13:00", "'kl. 13', 13:00", "kl 9.30, 09:30", "1300, 13:00", "930, 09:30",
            "9, 09:00", "' 09:30 ', 09:30", "0:05, 00:05", "23:59, 23:59", "13:00:00, 13:00", "'13 : 15', 13:15"})
    void readsATimeAsPeopleInSwedenTypeIt(String typed, String time) {
        assertEquals(Optional.of(LocalTime.parse(time)), TypedDates.time(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "09:0013:00", "24:00", "13:60", "13:5", "1:2:3", "ett", "13,00", "-1", "12345"})
    void refusesWhatIsNoTime(String typed) {
        assertTrue(TypedDates.time(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-14, 2026-03-14", "2026-3-4, 2026-03-04", "20260314, 2026-03-14", "' 2026-03-14 ', 2026-03-14"})
    void readsADate(String typed, String date) {
        assertEquals(Optional.of(LocalDate.parse(date)), TypedDates.date(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "14/3 2026", "2026-03", "i morgon", "2026-03-14 13:00"})
    void refusesWhatIsNoDate(String typed) {
        assertTrue(TypedDates.date(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-14T13:00, 2026-03-14T13:00", "2026-03-14 13.00, 2026-03-14T13:00",
            "2026-03-14 kl. 9, 2026-03-14T09:00", "2026-03-14T13:00:00, 2026-03-14T13:00",
            "2026-03-14t0930, 2026-03-14T09:30"})
    void readsADateWithATime(String typed, String dateTime) {
        assertEquals(Optional.of(LocalDateTime.parse(dateTime)), TypedDates.dateTime(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-14", "13:00", "2026-03-14 25:00", "2026-02-30 10:00", "2026-03-14T"})
    void refusesWhatIsNotBothADateAndATime(String typed) {
        assertTrue(TypedDates.dateTime(typed).isEmpty(), typed);
    }
}
