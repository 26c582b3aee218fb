package se.samverka.security;

/** What an account may do. Role names double as Jakarta Security groups and web.xml roles. */
public enum Role {
    /** Builds events and programmes, manages accounts. */
    ORGANISER,
    /** Works the event: lists, badges, check-in. */
    STAFF,
    /** Convenes network meetings: only the series that name the account as convener. */
    CONVENER;

    public static final String ORGANISER_NAME = "ORGANISER";
    public static final String STAFF_NAME = "STAFF";
    public static final String CONVENER_NAME = "CONVENER";
}
