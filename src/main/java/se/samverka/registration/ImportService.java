package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/** Brings a participant list into an event: first a preview that saves nothing, then all rows in one go. */
@ApplicationScoped
@Transactional
public class ImportService {

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegisterService registering;

    @Inject
    SectorService sectors;

    @Inject
    QuestionService questions;

    /**
     * Each row of the file with what is wrong with it, checked against the event's current registrations and
     * the event's own questions (answers in columns headed with a question's text; none needed).
     */
    public ImportPreview preview(Long eventId, byte[] content) {
        Set<String> registered = registrations.list(eventId, null, null).stream()
                .filter(Registration::isActive)
                .map(registration -> registration.getParticipant().getEmail())
                .collect(Collectors.toSet());
        return new RegistrationImport(sectors.all(), registered, questions.list(eventId)).read(content);
    }

    /**
     * Registers everyone as an organiser would by hand, in one transaction: if any row fails, none is
     * saved, and the error names the row's e-mail address.
     */
    public List<Registration> importAll(Long eventId, List<RegistrationRequest> requests) {
        return requests.stream().map(request -> {
            try {
                return registering.register(eventId, request, true);
            } catch (DomainException e) {
                throw new ImportFailedException(request.email(), e);
            }
        }).toList();
    }

    /** One row of an import could not be registered; nothing of the import was saved. */
    public static class ImportFailedException extends DomainException {

        private final transient DomainException reason;
        private final String email;

        ImportFailedException(String email, DomainException reason) {
            super(reason.kind(), reason.field(), "import.error.rowFailed");
            this.email = email;
            this.reason = reason;
        }

        @Override
        public String localizedMessage(Locale locale) {
            return Messages.format(locale, "import.error.rowFailed", email, reason.localizedMessage(locale));
        }
    }
}
