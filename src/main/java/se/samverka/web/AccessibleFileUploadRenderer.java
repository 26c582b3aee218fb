package se.samverka.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload with its real file input visible to assistive technology. PrimeFaces marks the input
 * {@code aria-hidden="true"} although it is the element that takes the keyboard focus (the skinned button around it
 * is decoration): screen readers then land on a field they are told does not exist (axe-core: aria-hidden-focus,
 * WCAG 4.1.2). Without the attribute the input is an ordinary labelled file field ({@code <label for="…_input">}).
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeInputField(FacesContext context, FileUpload fileUpload, String clientId, String tabindex)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeInputField(context, fileUpload, clientId, tabindex);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
