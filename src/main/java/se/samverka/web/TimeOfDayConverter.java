package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import se.samverka.platform.Messages;

/**
 * {@code converter="samverka.timeOfDay"}: a plain text field for a time of day, typed the Swedish way
 * (see {@link TypedDates#time}). Unlike a pop-up picker it never takes the focus nor drops what was typed: a text
 * that is no time stays in the field with the message {@code time.error.invalid} (or the field's
 * {@code converterMessage}).
 */
@FacesConverter("samverka.timeOfDay")
public class TimeOfDayConverter implements Converter<LocalTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.time(value).orElseThrow(() -> {
            String text = Messages.text(context.getViewRoot().getLocale(), "time.error.invalid");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : value.format(SHOWN);
    }
}
