package se.samverka.event;

import se.samverka.platform.DomainException;

/** Another event already uses this URL slug. */
public class SlugTakenException extends DomainException {

    public SlugTakenException(String slug) {
        super(Kind.CONFLICT, "slug", "event.error.slugTaken", slug);
    }
}
