package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverka.attendance.CheckInRequest;
import se.samverka.attendance.CheckInService;
import se.samverka.event.Event;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;

/**
 * Check-ins for the demo conference's first day: everyone with a seat came through the entrance but every
 * seventh, so that the attendance page and a certificate preview show something real.
 */
@ApplicationScoped
class DemoAttendance {

    @Inject
    RegistrationDirectory registrations;

    @Inject
    CheckInService checkIns;

    void load(Event event) {
        int i = 0;
        for (Registration registration : registrations.list(event.getId(), null, RegistrationStatus.CONFIRMED)) {
            if (++i % 7 != 0) {
                checkIns.checkIn(event.getId(), new CheckInRequest(registration.getCheckInCode(), null, null, null,
                        event.getStartDate()), "demo");
            }
        }
    }
}
