package se.samverka.participants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.ApprovalService;
import se.samverka.registration.CancelService;
import se.samverka.security.Role;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * The organiser's actions on the participant list: approve, decline, cancel (with or without a mail to the
 * person) and seat out of turn, for one row ({@code registration} parameter) or for the rows ticked.
 */
@Named
@RequestScoped
public class ParticipantActionsBacking {

    @Inject
    ParticipantsBacking list;

    @Inject
    CancelService cancellations;

    @Inject
    ApprovalService approvals;

    @Inject
    Language language;

    public void approve() {
        one(id -> approvals.approve(list.getEventId(), id), "registrationAdmin.approved");
    }

    public void decline() {
        one(id -> approvals.decline(list.getEventId(), id), "registrationAdmin.declined");
    }

    public void cancel() {
        one(id -> cancellations.cancelByOrganiser(list.getEventId(), id, list.isMailOnCancel()),
                "registrationAdmin.cancelled");
    }

    public void seat() {
        one(id -> approvals.seatByHand(list.getEventId(), id), "participants.seated");
    }

    public void approveSelected() {
        selected(id -> approvals.approve(list.getEventId(), id), "participants.bulk.approved");
    }

    public void cancelSelected() {
        selected(id -> cancellations.cancelByOrganiser(list.getEventId(), id, list.isMailOnCancel()),
                "participants.bulk.cancelled");
    }

    private void one(Function<Long, Registration> action, String messageKey) {
        requireOrganiser();
        Registration changed = action.apply(idParameter());
        Feedback.info(messageKey, changed.getParticipant().fullName(),
                Messages.text(language.getLocale(), "registration.status." + changed.getStatus()));
        list.apply();
    }

    /** Each ticked row on its own: one that cannot (no longer pending, already cancelled) is counted, not fatal. */
    private void selected(Function<Long, Registration> action, String messageKey) {
        requireOrganiser();
        List<Long> ids = list.getSelection().stream().map(ParticipantLine::id).toList();
        if (ids.isEmpty()) {
            Feedback.error("participants.bulk.noneSelected");
            return;
        }
        int done = 0;
        for (Long id : ids) {
            try {
                action.apply(id);
                done++;
            } catch (DomainException refused) {
                // counted below: the others still go ahead
            }
        }
        Feedback.info(messageKey, done, ids.size() - done);
        list.getSelection().clear();
        list.apply();
    }

    private static void requireOrganiser() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ORGANISER_NAME)) {
            throw new OrganiserOnly();
        }
    }

    /** Staff may see the list; only organisers change registrations. */
    static class OrganiserOnly extends DomainException {
        OrganiserOnly() {
            super(Kind.FORBIDDEN, "registrationAdmin.error.organiserOnly");
        }
    }

    private static Long idParameter() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("registration");
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("registration", id);
        }
    }
}
