package se.samverka.dialogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.samverka.dialogue.TableNumbers;
import se.samverka.platform.Messages;
import se.samverka.web.Language;

/**
 * The participant's table on their private page ({@code registration/manage.xhtml?token=}, through the include
 * {@code WEB-INF/includes/dialogue/table.xhtml}): reads the token from the request itself, so that the
 * registration pages need not know about table groups.
 */
@Named
@RequestScoped
public class MyTableBacking {

    @Inject
    TableNumbers tables;

    @Inject
    Language language;

    private List<String> lines;

    /** "Dag 2, tisdag 20 januari: bord 4", one line a day with a table; none before the tables are mixed. */
    public List<String> getLines() {
        if (lines == null) {
            String token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
            Locale locale = language.getLocale();
            lines = tables.ofToken(token).stream()
                    .map(seat -> seat.oneDay() ? Messages.format(locale, "dialogue.myTable.only", seat.table())
                            : Messages.format(locale, "dialogue.myTable.onDay", seat.dayNumber(),
                                    seat.day().format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale)), seat.table()))
                    .toList();
        }
        return lines;
    }
}
