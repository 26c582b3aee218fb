package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' message summary (the box at the top of every page) as a real list: PrimeFaces gives each {@code <li>}
 * {@code role="alert"}, which takes away its list-item role, so the {@code <ul>} holds no items (axe-core: list,
 * WCAG 1.3.1). The alert moves to the message's text inside the item, so that it is still announced at once.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            private boolean alertMoved;

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (("role".equals(name) || "aria-atomic".equals(name)) && !alertMoved) {
                    return; // the <li>'s; written on its first span instead
                }
                super.writeAttribute(name, value, property);
            }

            @Override
            public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
                super.startElement(name, component);
                if ("span".equals(name) && !alertMoved) {
                    alertMoved = true;
                    super.writeAttribute("role", "alert", null);
                    super.writeAttribute("aria-atomic", "true", null);
                }
            }
        }, uiMessages, message, severity, escape);
    }
}
