package se.samverka.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.samverka.platform.Text;

/**
 * An event's rule for certificates of attendance (every day, or a share of the programme's hours) and who
 * signs them: a name, a title and a picture of the signature.
 */
@Entity
@Table(name = "certificate_policy")
public class CertificatePolicy {

    public static final int DEFAULT_PERCENT = 80;

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false)
    private Rule rule = Rule.ALL_DAYS;

    @Column(name = "min_percent", nullable = false)
    private int minPercent = DEFAULT_PERCENT;

    @Column(name = "issuer_name")
    private String issuerName;

    @Column(name = "issuer_title")
    private String issuerTitle;

    private byte[] signature;

    @Column(name = "signature_type")
    private String signatureType;

    protected CertificatePolicy() {
    }

    public CertificatePolicy(Long eventId) {
        this.eventId = eventId;
    }

    /** The rule; a share must lie between 1 and 100 %. */
    public void follow(Rule newRule, int percent) {
        if (newRule == null) {
            throw new InvalidCertificateException("rule", "certificate.error.rule");
        }
        if (newRule == Rule.MIN_PERCENT && (percent < 1 || percent > 100)) {
            throw new InvalidCertificateException("minPercent", "certificate.error.percent");
        }
        this.rule = newRule;
        this.minPercent = newRule == Rule.MIN_PERCENT ? percent : minPercent;
    }

    public void signBy(String name, String title) {
        this.issuerName = blankToNull(Text.oneLine(name, "issuerName", 200));
        this.issuerTitle = blankToNull(Text.oneLine(title, "issuerTitle", 200));
    }

    /** A picture of the signature, already checked to be a PNG or JPEG that decodes. */
    public void signature(byte[] image, String mediaType) {
        this.signature = image == null ? null : image.clone();
        this.signatureType = image == null ? null : mediaType;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public Long getEventId() { return eventId; }
    public Rule getRule() { return rule; }
    public int getMinPercent() { return minPercent; }
    public String getIssuerName() { return issuerName; }
    public String getIssuerTitle() { return issuerTitle; }
    public byte[] getSignature() { return signature == null ? null : signature.clone(); }
    public boolean hasSignature() { return signature != null; }
}
