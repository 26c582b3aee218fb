package se.samverka.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scan as a door device sends it: the badge's check-in {@code code}; the {@code sessionId} at a session's
 * door (else the entrance of the event {@code day}, or of the day the scan was made); the device's own
 * {@code nonce} (e.g. {@code "door-2:17"}: the part before the last colon names the device), so that a scan
 * sent again is applied once; and {@code at}, when it was scanned, for scans queued while offline.
 */
public record CheckInRequest(String code, Long sessionId, String nonce, Instant at, LocalDate day) {

    /** The device named by the nonce, if it names one. */
    String device() {
        if (nonce == null || nonce.lastIndexOf(':') <= 0) {
            return null;
        }
        String device = nonce.substring(0, nonce.lastIndexOf(':'));
        return device.length() > 64 ? device.substring(0, 64) : device;
    }
}
