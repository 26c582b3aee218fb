package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import se.samverka.platform.Messages;

/**
 * {@code converter="samverka.date"}: a date typed the Swedish way (see {@link TypedDates#date}), shown as
 * yyyy-MM-dd, which is also what a browser's own date field ({@code type="date"}) reads and sends. A text that
 * is no date stays in the field with the message {@code date.error.invalid} (or the field's converterMessage).
 */
@FacesConverter("samverka.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.date(value).orElseThrow(() -> {
            String text = Messages.text(context.getViewRoot().getLocale(), "date.error.invalid");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
