package se.samverka.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverka.event.EventService;
import se.samverka.platform.SchemaReady;

/**
 * Loads the Degerfors demo conference, its participants, their check-ins on day one, their tables and the dialogue
 * of day two and answers to the evaluation survey at start, when demo mode is on and there is no event yet.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "samverka.demo", defaultValue = "false")
    boolean demo;

    @Inject
    EventService events;

    @Inject
    DemoConference conference;

    @Inject
    DemoParticipants participants;

    @Inject
    DemoAttendance attendance;

    @Inject
    DemoTables tables;

    @Inject
    DemoDialogue dialogue;

    @Inject
    DemoMeetings meetings;

    @Inject
    DemoSurvey survey;

    @Inject
    Clock clock;

    void onSchemaReady(@Observes @Priority(20) SchemaReady ready) {
        if (demo && events.isEmpty()) {
            var event = conference.load(LocalDate.now(clock));
            participants.load(event);
            tables.load(event);
            attendance.load(event);
            dialogue.load(event); // after the tables of day two (DemoTables)
            survey.load(event);
            LOG.info(() -> "Loaded the demo conference '" + event.getTitle() + "' at /e/" + event.getSlug());
        }
        if (demo) {
            meetings.load(LocalDateTime.now(clock).withNano(0));
        }
    }
}
