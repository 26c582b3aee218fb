package se.samverka.attendance;

/**
 * Why a scan that a device made while offline is doubtful, found when it arrived: for staff to look at and
 * resolve. Scans made online need no such list: the screen said at once what was wrong.
 */
public enum Doubt {
    /** The person had already been admitted on another device. */
    SECOND_DEVICE,
    /** The registration was cancelled, waitlisted, pending or declined when the scan arrived. */
    NOT_ACTIVE
}
