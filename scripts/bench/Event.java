/**
 * The event a scenario registers for: its id, its seats, and its three workshops (their seats are
 * RegistrationRush.WORKSHOP_SEATS).
 */
record Event(long id, int capacity, long[] workshops) {
}
