package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What of an export's query string reaches the export log: the slice, never an address, a name or a search. */
class ExportFiltersTest {

    @Test
    void theSliceIsKept() {
        assertEquals("sector=SCHOOL&status=CONFIRMED&lang=en", ExportFilters.of("sector=SCHOOL&status=CONFIRMED&lang=en"));
        assertEquals("day=2027-05-12", ExportFilters.of("day=2027-05-12"));
    }

    @Test
    void addressesNamesAndSearchesAreLeftOut() {
        assertEquals("sector=SCHOOL", ExportFilters.of("email=anna%40degerfors.example&sector=SCHOOL&q=%C3%96berg"));
        assertEquals("", ExportFilters.of("name=Anna+%C3%96berg"));
        assertEquals("layout=a6", ExportFilters.of("layout=a6&ids=anna@degerfors.example"));
        assertEquals("", ExportFilters.of("EMAIL=x"));
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", ExportFilters.of(null));
        assertEquals("", ExportFilters.of(""));
        assertEquals("", ExportFilters.of("&&"));
    }
}
