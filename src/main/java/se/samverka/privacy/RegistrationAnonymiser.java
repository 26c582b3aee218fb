package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import se.samverka.platform.SecretTokens;

/**
 * Removes the person from registrations while the registrations stay: the one mechanism behind the retention rule
 * for registrations and behind erasure (which then removes more, such as certificates and mails).
 * <p>
 * What goes: name, e-mail (replaced by a unique {@code anonymised-<id>@invalid}, RFC 2606), phone, organisation,
 * title, needs, the sort key, the consent to be listed, the private link (replaced by a fresh secret nobody has),
 * the answers to the event's questions, the history of corrections (it holds old values), and the names on the
 * check-in desk's scan receipts. What stays: the event, the sector, the status, the days, the workshop seats, the
 * check-ins and the table seats, so that counts by sector and attendance statistics stay right.
 * <p>
 * Conditional on {@code anonymised_at is null}, so running it twice, or on two servers at once, anonymises each
 * registration once and counts it once.
 */
@ApplicationScoped
public class RegistrationAnonymiser {

    @PersistenceContext
    EntityManager em;

    /** Anonymises those of the registrations not yet anonymised; returns how many it anonymised. */
    @Transactional
    public int anonymise(Collection<Long> registrationIds, LocalDateTime now) {
        int anonymised = 0;
        for (Long id : registrationIds) {
            int updated = em.createNativeQuery("update registration set first_name = '', last_name = '', email = ?,"
                            + " phone = null, organisation = '', title = null, dietary = null, accessibility = null,"
                            + " name_sort_key = null, consent_listed = false, manage_token = ?, anonymised_at = ?,"
                            + " updated_at = ?, version = version + 1 where id = ? and anonymised_at is null")
                    .setParameter(1, "anonymised-" + id + "@invalid")
                    .setParameter(2, SecretTokens.next())
                    .setParameter(3, now)
                    .setParameter(4, now)
                    .setParameter(5, id)
                    .executeUpdate();
            if (updated == 0) {
                continue;
            }
            anonymised++;
            em.createNativeQuery("delete from registration_answer where registration_id = ?")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("delete from registration_edit where registration_id = ?")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("update scan_receipt set person = null where person is not null and check_in_id in"
                            + " (select c.id from check_in c where c.registration_id = ?)")
                    .setParameter(1, id).executeUpdate();
        }
        return anonymised;
    }
}
