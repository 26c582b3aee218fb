package se.samverka.participants.web;

import java.io.Serializable;
import java.util.Locale;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;

/** One row of the participant list page, copied out of its registration. */
public record ParticipantLine(Long id, String lastName, String firstName, String organisation, String title,
        String sectorName, String sectorColour, RegistrationStatus status, String workshops, int placeInLine)
        implements Serializable {

    static ParticipantLine of(Registration registration, Locale locale, int placeInLine) {
        Participant who = registration.getParticipant();
        String workshops = String.join(", ", registration.seatedWorkshopTitles());
        return new ParticipantLine(registration.getId(), who.getLastName(), who.getFirstName(), who.getOrganisation(),
                who.getTitle(), who.getSector().name(locale), who.getSector().getColour(), registration.getStatus(),
                workshops, placeInLine);
    }

    public Long getId() { return id; }
    public String getLastName() { return lastName; }
    public String getFirstName() { return firstName; }
    public String getOrganisation() { return organisation; }
    public String getTitle() { return title; }
    public String getSectorName() { return sectorName; }
    public String getSectorColour() { return sectorColour; }
    public RegistrationStatus getStatus() { return status; }
    public String getWorkshops() { return workshops; }
    public int getPlaceInLine() { return placeInLine; }
    public boolean isPending() { return status == RegistrationStatus.PENDING; }
    public boolean isWaiting() { return status == RegistrationStatus.WAITLISTED; }
    public boolean isActive() { return status.isActive(); }
    public String getFullName() { return firstName + " " + lastName; }
}
