package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import se.samverka.platform.Messages;

/**
 * {@code converter="samverka.dateTime"}: a date and time typed the Swedish way ("2026-03-14 13.00", see
 * {@link TypedDates#dateTime}), or as a browser's own date-time field sends it ("2026-03-14T13:00", with or
 * without seconds); shown as that field reads it. A text that is no date and time stays in the field with
 * {@code dateTime.error.invalid} (or the field's converterMessage).
 */
@FacesConverter("samverka.dateTime")
public class DateTimeConverter implements Converter<LocalDateTime> {

    /** What a browser's own date-time field ({@code type="datetime-local"}) reads and sends. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.dateTime(value).orElseThrow(() -> {
            String text = Messages.text(context.getViewRoot().getLocale(), "dateTime.error.invalid");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : value.format(SHOWN);
    }
}
