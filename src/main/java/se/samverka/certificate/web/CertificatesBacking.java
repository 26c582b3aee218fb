package se.samverka.certificate.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import se.samverka.certificate.CertificateMailing;
import se.samverka.certificate.CertificatePolicy;
import se.samverka.certificate.CertificateService;
import se.samverka.certificate.Rule;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * Certificates of an event ({@code admin/certificates/index.xhtml?event=}, organisers): the rule and the
 * signature, who qualifies and why not, previews, issuing, revoking, the ZIP and mailing with progress.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateMailing mailing;

    @Inject
    EventService events;

    private Long eventId;
    private String eventTitle;
    private boolean mayIssue;
    private String issuableFrom;
    private Rule rule;
    private int minPercent;
    private String issuerName;
    private String issuerTitle;
    private boolean signed;
    private List<CandidateRow> candidates;
    private String revokeCode;
    private String revokeReason;

    public void load() throws IOException {
        try {
            Event event = events.get(eventId);
            eventTitle = event.getTitle();
            mayIssue = certificates.mayIssue(event);
            issuableFrom = event.lastDay().start().toLocalDate().toString();
            CertificatePolicy policy = certificates.policy(eventId);
            rule = policy.getRule();
            minPercent = policy.getMinPercent();
            issuerName = policy.getIssuerName();
            issuerTitle = policy.getIssuerTitle();
            signed = policy.hasSignature();
            refresh();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void savePolicy() {
        certificates.setPolicy(eventId, rule, minPercent, issuerName, issuerTitle);
        refresh();
        Feedback.info("certificates.saved");
    }

    public void uploadSignature(FileUploadEvent upload) {
        certificates.setSignature(eventId, upload.getFile().getContent());
        signed = true;
        Feedback.info("certificates.signatureSaved");
    }

    public void issueAll() {
        int issued = certificates.issueAll(eventId);
        refresh();
        Feedback.info("certificates.issued", issued);
    }

    public void startRevoking(String code) {
        revokeCode = code;
        revokeReason = null;
    }

    public void revoke() {
        certificates.revoke(revokeCode, revokeReason);
        refresh();
        Feedback.info("certificates.revoked", revokeCode);
        revokeCode = null;
    }

    public void mailAll() {
        mailing.start(eventId);
    }

    /** The mailing's progress (0 to 100), or -1 when none has started. */
    public int getMailPercent() {
        return mailing.of(eventId).map(CertificateMailing.Progress::getPercent).orElse(-1);
    }

    public String getMailStatus() {
        return mailing.of(eventId).map(p -> Messages.format(locale(), p.isFinished() ? "certificates.mailDone"
                : "certificates.mailProgress", p.getDone(), p.getTotal())).orElse("");
    }

    /** "Certificates may be issued now. 12 of 14 qualify." */
    public String getIssueStatus() {
        String when = mayIssue ? Messages.text(locale(), "certificates.mayIssue")
                : Messages.format(locale(), "certificates.notYet", issuableFrom);
        return when + " " + Messages.format(locale(), "certificates.qualifying", getQualifying(), candidates.size());
    }

    private void refresh() {
        Locale locale = locale();
        candidates = certificates.candidates(eventId).stream().map(c -> CandidateRow.of(c, locale)).toList();
    }

    private Locale locale() {
        return language.getLocale();
    }

    public List<Rule> getRules() { return List.of(Rule.values()); }
    public List<CandidateRow> getCandidates() { return candidates; }
    public long getQualifying() { return candidates.stream().filter(CandidateRow::qualifies).count(); }
    public boolean isMayIssue() { return mayIssue; }
    public String getIssuableFrom() { return issuableFrom; }
    public boolean isSigned() { return signed; }
    public String getEventTitle() { return eventTitle; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Rule getRule() { return rule; }
    public void setRule(Rule rule) { this.rule = rule; }
    public int getMinPercent() { return minPercent; }
    public void setMinPercent(int minPercent) { this.minPercent = minPercent; }
    public String getIssuerName() { return issuerName; }
    public void setIssuerName(String issuerName) { this.issuerName = issuerName; }
    public String getIssuerTitle() { return issuerTitle; }
    public void setIssuerTitle(String issuerTitle) { this.issuerTitle = issuerTitle; }
    public String getRevokeCode() { return revokeCode; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
}
