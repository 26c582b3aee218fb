package se.samverka.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverka.platform.DomainException;
import se.samverka.privacy.Erasure;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonExtract;
import se.samverka.privacy.PersonalData;
import se.samverka.web.Feedback;

/**
 * {@code admin/privacy/persons.xhtml}: the organiser finds a person by e-mail address, sees what is held (counts by
 * kind and the events), downloads the extract (JSON or PDF, through the logged API) and erases the person
 * everywhere after a confirmation.
 */
@Named
@ViewScoped
public class PersonsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalData personalData;

    @Inject
    Erasure erasure;

    @Inject
    SecurityContext security;

    private String email;
    private String found;
    private transient PersonExtract extract;

    public void find() {
        extract = null;
        found = null;
        try {
            extract = personalData.ofEmail(email);
            found = extract.email();
        } catch (DomainException e) {
            Feedback.error(e.messageKey());
        }
    }

    public PersonExtract getExtract() {
        if (extract == null && found != null) {
            extract = personalData.ofEmail(found);
        }
        return extract;
    }

    /** What is held, by kind, as counts ("privacy.persons.kind.<key>" -> count). */
    public Map<String, Integer> getCounts() {
        PersonExtract shown = getExtract();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (shown == null) {
            return counts;
        }
        counts.put("registrations", shown.registrations().size());
        counts.put("certificates", shown.registrations().stream().mapToInt(r -> r.certificates().size()).sum());
        counts.put("checkIns", shown.registrations().stream().mapToInt(r -> r.checkIns().size()).sum());
        counts.put("mails", shown.mails().size());
        counts.put("memberships", shown.meetingMemberships().size());
        return counts;
    }

    public boolean isHoldsAnything() {
        return getExtract() != null && getExtract().records() > 0;
    }

    /** The address as a query parameter of the download links. */
    public String getQuery() {
        return found == null ? "" : "email=" + URLEncoder.encode(found, StandardCharsets.UTF_8);
    }

    public void erase() {
        ErasureOutcome outcome = erasure.byOrganiser(found, security.getCallerPrincipal().getName());
        Feedback.info("privacy.persons.erased", outcome.registrations(), outcome.certificates(), outcome.mails(),
                outcome.meetingMemberships());
        extract = null;
        found = null;
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFound() {
        return found;
    }
}
