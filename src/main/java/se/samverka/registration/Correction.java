package se.samverka.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Details staff or an organiser correct on a registration, e.g. a misspelt name at the door: each field
 * that is present replaces the stored one, absent (null) fields stay as they are; {@code sector} is a code.
 */
@JsonbPropertyOrder({"firstName", "lastName", "email", "phone", "organisation", "sector", "title", "dietary",
        "accessibility"})
public record Correction(String firstName, String lastName, String email, String phone, String organisation,
        String sector, String title, String dietary, String accessibility) {
}
