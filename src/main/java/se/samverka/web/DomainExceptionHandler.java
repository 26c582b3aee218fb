package se.samverka.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Set;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import se.samverka.platform.DomainException;
import se.samverka.platform.Refusals;

/**
 * A business rule's refusal, or a database failure that is really a refusal (a concurrent change, a value
 * the column cannot hold; see {@link Refusals}), becomes a message on the same page (the transaction has
 * already rolled back), beside the input named like the refused field when the page has one; every other exception
 * goes to OmniFaces' handler, which shows the error page also for ajax.
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
            DomainException refusal = Refusals.of(events.next().getContext().getException()).orElse(null);
            if (refusal != null) {
                events.remove();
                context.addMessage(inputFor(context, refusal.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        refusal.localizedMessage(context.getViewRoot().getLocale()), null));
                context.validationFailed();
                context.renderResponse();
            }
        }
        super.handle();
    }

    /**
     * The client id of the input whose id is the refused field (e.g. "email"), so that the message shows
     * beside it; a text input is also marked invalid, keeping what was typed. Null (a page-wide message)
     * when the page has no such input.
     */
    private static String inputFor(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        String[] clientId = {null};
        VisitContext visitRendered = VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visitRendered, (visit, component) -> {
            if (component instanceof UIInput input && field.equals(component.getId())) {
                Object typed = input.getValue();
                if (typed == null || typed instanceof String) {
                    input.setSubmittedValue(typed); // an invalid input shows what was submitted
                    input.setValid(false);
                }
                clientId[0] = input.getClientId(context);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return clientId[0];
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
