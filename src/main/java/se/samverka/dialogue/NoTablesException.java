package se.samverka.dialogue;

import se.samverka.platform.DomainException;

/** Table cards were asked for a day whose participants have not been divided into tables yet. */
public class NoTablesException extends DomainException {

    public NoTablesException(Object day) {
        super(Kind.CONFLICT, "day", "dialoguePapers.error.noTables", day);
    }
}
