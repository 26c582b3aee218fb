package se.samverka.participants;

/** How a participant query orders its rows; names always in Swedish order (by their sort key). */
public enum ParticipantOrder {
    /** By surname, then first name, Å, Ä, Ö after Z. */
    NAME("r.participant.nameSortKey, r.id"),
    /** Z to A. */
    NAME_DESCENDING("r.participant.nameSortKey desc, r.id desc"),
    /** Grouped by sector (in the sector list's order), then by name. */
    SECTOR_THEN_NAME("r.participant.sector.position, r.participant.sector.id, r.participant.nameSortKey, r.id");

    final String jpql;

    ParticipantOrder(String jpql) {
        this.jpql = jpql;
    }
}
