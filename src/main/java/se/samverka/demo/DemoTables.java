package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverka.dialogue.GroupService;
import se.samverka.event.Event;
import se.samverka.platform.Messages;

/**
 * Table groups of seven for the demo conference's second day, the dialogue day, mixed with a fixed seed so that
 * the demo's tables are the same every time: the groups page, badges and private pages show table numbers.
 */
@ApplicationScoped
class DemoTables {

    static final int SIZE = 7;
    static final long SEED = 20_270_120L;

    @Inject
    GroupService groups;

    void load(Event event) {
        groups.mix(event.getId(), SIZE, event.getStartDate().plusDays(1), false, SEED, Messages.SWEDISH);
    }
}
