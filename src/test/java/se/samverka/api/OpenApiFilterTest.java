package se.samverka.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiFilterTest {

    @Test
    void aRepeatedOperationIdIsNamedAfterItsResource() {
        assertEquals("EventsRegistrations", OpenApiFilter.resourceName("/api/events/{eventId}/registrations"));
        assertEquals("EventsSessionsById", OpenApiFilter.resourceName("/api/events/{eventId}/sessions/{sessionId}"));
        assertEquals("RegistrationsCalendarIcs", OpenApiFilter.resourceName("/api/registrations/{token}/calendar.ics"));
        assertEquals("Sectors", OpenApiFilter.resourceName("/api/sectors"));
    }
}
