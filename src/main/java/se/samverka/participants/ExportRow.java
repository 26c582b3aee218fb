package se.samverka.participants;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samverka.platform.Messages;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;

/**
 * One participant in a CSV or XLSX export, copied out of the registration while its transaction is
 * open. Dietary and accessibility needs stay out: they may reveal health and are not a list's business.
 */
public record ExportRow(String lastName, String firstName, String organisation, String title, String sector,
        String status, String email, String phone, String days, String workshops, String checkInCode) {

    /** The headers, in the order of {@link #cells()}. */
    static final String[] COLUMNS = {"lastName", "firstName", "organisation", "title", "sector", "status", "email",
            "phone", "days", "workshops", "checkInCode"};

    static ExportRow of(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        String days = registration.getDays().stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        String workshops = String.join("; ", registration.seatedWorkshopTitles());
        return new ExportRow(who.getLastName(), who.getFirstName(), who.getOrganisation(), who.getTitle(),
                who.getSector().name(locale), Messages.text(locale, "registration.status." + registration.getStatus()),
                who.getEmail(), who.getPhone(), days, workshops, registration.getCheckInCode());
    }

    /** The column headers in the given language. */
    static String[] headers(Locale locale) {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = Messages.text(locale, "participants.column." + COLUMNS[i]);
        }
        return headers;
    }

    /** The values, in the order of {@link #COLUMNS}; missing ones as empty strings. */
    String[] cells() {
        String[] cells = {lastName, firstName, organisation, title, sector, status, email, phone, days, workshops,
            checkInCode};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i] == null ? "" : cells[i];
        }
        return cells;
    }
}
