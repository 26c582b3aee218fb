package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {

    /** A reader over {@code total} numbers that records which pages were asked for. */
    private static Pages<Integer> over(int total, List<String> asked) {
        return new Pages<>((first, size) -> {
            asked.add(first + "+" + size);
            return IntStream.range(first, Math.min(total, first + size)).boxed().toList();
        });
    }

    @Test
    void readsPageByPageAsTheCallerGoesAndStopsAfterAShortPage() {
        List<String> asked = new ArrayList<>();
        Pages<Integer> pages = over(Pages.SIZE * 2 + 3, asked);
        List<Integer> seen = new ArrayList<>();

        pages.next();
        assertEquals(List.of("0+" + Pages.SIZE), asked, "one page read for the first row");
        pages.forEachRemaining(seen::add);

        assertEquals(Pages.SIZE * 2 + 2, seen.size());
        assertEquals(List.of("0+" + Pages.SIZE, Pages.SIZE + "+" + Pages.SIZE, 2 * Pages.SIZE + "+" + Pages.SIZE), asked);
        assertFalse(pages.hasNext());
        assertThrows(NoSuchElementException.class, pages::next);
    }

    @Test
    void anExactMultipleEndsWithOneEmptyRead() {
        List<String> asked = new ArrayList<>();
        Pages<Integer> pages = over(Pages.SIZE, asked);
        int count = 0;
        while (pages.hasNext()) {
            pages.next();
            count++;
        }
        assertEquals(Pages.SIZE, count);
        assertEquals(2, asked.size());
    }

    @Test
    void nothingToRead() {
        assertFalse(over(0, new ArrayList<>()).hasNext());
    }
}
