package se.samverka.participants;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import se.samverka.registration.RegistrationStatus;

/**
 * Which of an event's registrations a list, an export, a badge sheet or an attendance sheet shows.
 * Every part is optional; without a status only active registrations (confirmed, in line, awaiting
 * approval) are shown, so cancelled and declined people appear only when asked for.
 *
 * @param sector       sector code
 * @param organisation exact organisation name
 * @param workshop     session id of a workshop: those with a seat in it
 * @param day          those attending that day
 * @param search       part of a name, e-mail or organisation, or a whole check-in code
 * @param ids          registration ids (a selection)
 * @param listedOnly   only those who consented to the public participant list
 */
public record ParticipantFilter(String sector, String organisation, RegistrationStatus status, Long workshop,
        LocalDate day, String search, Set<Long> ids, boolean listedOnly) implements Serializable {

    public ParticipantFilter {
        sector = blankToNull(sector);
        organisation = blankToNull(organisation);
        search = blankToNull(search);
        ids = ids == null || ids.isEmpty() ? null : Set.copyOf(ids);
    }

    /** Every active registration. */
    public static ParticipantFilter active() {
        return new ParticipantFilter(null, null, null, null, null, null, null, false);
    }

    /** Confirmed registrations only: those who have a seat. */
    public static ParticipantFilter confirmed() {
        return active().withStatus(RegistrationStatus.CONFIRMED);
    }

    /** The statuses let through. */
    public Set<RegistrationStatus> statuses() {
        if (status != null) {
            return EnumSet.of(status);
        }
        return EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING);
    }

    public ParticipantFilter withSector(String newSector) {
        return new ParticipantFilter(newSector, organisation, status, workshop, day, search, ids, listedOnly);
    }

    public ParticipantFilter withStatus(RegistrationStatus newStatus) {
        return new ParticipantFilter(sector, organisation, newStatus, workshop, day, search, ids, listedOnly);
    }

    public ParticipantFilter withWorkshop(Long newWorkshop) {
        return new ParticipantFilter(sector, organisation, status, newWorkshop, day, search, ids, listedOnly);
    }

    public ParticipantFilter withDay(LocalDate newDay) {
        return new ParticipantFilter(sector, organisation, status, workshop, newDay, search, ids, listedOnly);
    }

    public ParticipantFilter withIds(Set<Long> newIds) {
        return new ParticipantFilter(sector, organisation, status, workshop, day, search, newIds, listedOnly);
    }

    public ParticipantFilter onlyListed() {
        return new ParticipantFilter(sector, organisation, status, workshop, day, search, ids, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
