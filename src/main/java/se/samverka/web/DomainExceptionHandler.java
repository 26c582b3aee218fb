package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import se.samverka.platform.DomainException;

/**
 * A business rule's refusal becomes a message on the same page (the transaction has already rolled
 * back); every other exception goes to OmniFaces' handler, which shows the error page also for ajax.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            DomainException refusal = domainCause(events.next().getContext().getException());
            if (refusal != null) {
                events.remove();
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        refusal.localizedMessage(context.getViewRoot().getLocale()), null));
                context.validationFailed();
                context.renderResponse();
            }
        }
        super.handle();
    }

    private static DomainException domainCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Installs the handler in front of OmniFaces' FullAjaxExceptionHandler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DomainExceptionHandler(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()));
        }
    }
}
