package se.samverka.testdata;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverka.registration.RegistrationRequest;

/**
 * A person registering, for tests: valid and unique by default (a numbered name and e-mail address, a school
 * teacher from Strömtorpsskolan who accepts the privacy notice), changed step by step:
 *
 * <pre>
 * aRegistration().named("Åsa", "Öberg").fromSector(POLICE).choosing(workshopId).toJson()
 * </pre>
 *
 * {@link #build()} gives the request record for in-container tests, {@link #toJson()} the same as the API takes it.
 */
public final class RegistrationBuilder {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Jsonb JSON = JsonbBuilder.create();

    private String firstName = "Åsa";
    private String lastName;
    private String email;
    private String phone = "0586-480 00";
    private String sector = Sectors.SCHOOL;
    private String organisation;
    private String title = "Kurator";
    private final Set<LocalDate> days = new LinkedHashSet<>();
    private final List<Long> sessionIds = new ArrayList<>();
    private String dietary;
    private String accessibility;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private boolean consentPrivacy = true;
    private boolean consentListed;
    private String language;

    private RegistrationBuilder() {
        int n = NEXT.incrementAndGet();
        String unique = n + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        this.lastName = "Öberg " + unique;
        this.email = "deltagare-" + unique + "@degerfors.example";
    }

    public static RegistrationBuilder aRegistration() {
        return new RegistrationBuilder();
    }

    public RegistrationBuilder named(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public RegistrationBuilder withEmail(String address) {
        this.email = address;
        return this;
    }

    /** From this sector, working at an organisation typical of it unless {@link #at} says otherwise. */
    public RegistrationBuilder fromSector(String sectorCode) {
        this.sector = sectorCode;
        return this;
    }

    public RegistrationBuilder at(String organisationName) {
        this.organisation = organisationName;
        return this;
    }

    public RegistrationBuilder workingAs(String jobTitle) {
        this.title = jobTitle;
        return this;
    }

    public RegistrationBuilder withPhone(String number) {
        this.phone = number;
        return this;
    }

    public RegistrationBuilder choosing(long... workshopIds) {
        for (long id : workshopIds) {
            sessionIds.add(id);
        }
        return this;
    }

    public RegistrationBuilder onDays(LocalDate... chosen) {
        days.addAll(List.of(chosen));
        return this;
    }

    public RegistrationBuilder eating(String diet) {
        this.dietary = diet;
        return this;
    }

    public RegistrationBuilder needing(String needs) {
        this.accessibility = needs;
        return this;
    }

    public RegistrationBuilder answering(long questionId, String answer) {
        answers.put(String.valueOf(questionId), answer);
        return this;
    }

    public RegistrationBuilder listedPublicly() {
        this.consentListed = true;
        return this;
    }

    public RegistrationBuilder withoutPrivacyConsent() {
        this.consentPrivacy = false;
        return this;
    }

    public RegistrationBuilder inLanguage(String code) {
        this.language = code;
        return this;
    }

    public String email() {
        return email;
    }

    public RegistrationRequest build() {
        return new RegistrationRequest(firstName, lastName, email, phone,
                organisation != null ? organisation : Sectors.ORGANISATIONS.getOrDefault(sector, "Degerfors kommun"),
                sector, title, days.isEmpty() ? null : Set.copyOf(days), List.copyOf(sessionIds), dietary, accessibility,
                Map.copyOf(answers), consentPrivacy, consentListed, language);
    }

    /** The request as JSON for {@code POST /api/events/{id}/registrations}. */
    public String toJson() {
        return JSON.toJson(build());
    }
}
