package se.samverka.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the kitchen and accessibility list: the people attending that day who stated a need, in the order
 * to print them, and the needs counted by kind, most frequent first.
 */
public record NeedsDay(LocalDate date, List<NeedsRow> people, List<NeedCount> dietary,
        List<NeedCount> accessibility) {

    public NeedsDay {
        people = List.copyOf(people);
        dietary = List.copyOf(dietary);
        accessibility = List.copyOf(accessibility);
    }
}
