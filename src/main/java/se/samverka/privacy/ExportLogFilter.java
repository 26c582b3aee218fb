package se.samverka.privacy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.PersonalDataExport;

/**
 * Writes every successful (2xx) export of personal data to the export log: who (the logged-in account), which event
 * (the path's {@code eventId}), what (the {@link PersonalDataExport} value) and which filter (the query string
 * without anything personal, see {@link ExportFilters}; a resource may give a filter of its own in the request
 * property {@link #FILTER}, as the person extract does with the number of records instead of the address).
 */
@Provider
@PersonalDataExport("")
public class ExportLogFilter implements ContainerResponseFilter {

    /** Request property through which a resource gives the filter to log instead of its query string. */
    public static final String FILTER = "se.samverka.privacy.exportFilter";

    private static final Logger LOG = Logger.getLogger(ExportLogFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        PersonalDataExport export = annotation();
        if (export == null) {
            return;
        }
        Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
        String by = caller == null ? "anonymous" : caller.getName();
        Object given = request.getProperty(FILTER);
        String filter = given != null ? given.toString() : ExportFilters.of(request.getUriInfo().getRequestUri().getRawQuery());
        try {
            CDI.current().select(ExportLog.class).get().record(by, eventId(request), export.value(), filter);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not write the export log for " + export.value(), e);
            throw e;
        }
    }

    private PersonalDataExport annotation() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        PersonalDataExport export = method.getAnnotation(PersonalDataExport.class);
        return export != null ? export : resource.getResourceClass().getAnnotation(PersonalDataExport.class);
    }

    private static Long eventId(ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("eventId");
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
