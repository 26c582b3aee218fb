package se.samverka.participants.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.samverka.participants.ParticipantDirectory;
import se.samverka.participants.ParticipantOrder;
import se.samverka.registration.RegistrationDirectory;

/**
 * The participant table's rows, read from the database a page at a time with the page's filter,
 * in Swedish surname order (or its reverse when the name column is sorted descending).
 */
public class ParticipantTableModel extends LazyDataModel<ParticipantLine> {

    private static final long serialVersionUID = 1L;

    private final Long eventId;
    private final Locale locale;
    private final ParticipantFilterForm filter;
    private transient List<ParticipantLine> page = List.of();

    ParticipantTableModel(Long eventId, Locale locale, ParticipantFilterForm filter) {
        this.eventId = eventId;
        this.locale = locale;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory().count(eventId, filter.toFilter());
    }

    @Override
    public List<ParticipantLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        boolean descending = sortBy.values().stream().anyMatch(sort -> sort.getOrder() == SortOrder.DESCENDING);
        Map<Long, Integer> places = CDI.current().select(RegistrationDirectory.class).get().placesInLine(eventId);
        page = directory().page(eventId, filter.toFilter(), descending ? ParticipantOrder.NAME_DESCENDING
                : ParticipantOrder.NAME, first, pageSize, registration -> ParticipantLine.of(registration, locale,
                        places.getOrDefault(registration.getId(), 0)));
        return page;
    }

    @Override
    public String getRowKey(ParticipantLine line) {
        return String.valueOf(line.id());
    }

    @Override
    public ParticipantLine getRowData(String rowKey) {
        return page == null ? null : page.stream().filter(line -> String.valueOf(line.id()).equals(rowKey))
                .findFirst().orElse(null);
    }

    /** Looked up on use: the model lives in the view state, the directory in the application. */
    private static ParticipantDirectory directory() {
        return CDI.current().select(ParticipantDirectory.class).get();
    }
}
