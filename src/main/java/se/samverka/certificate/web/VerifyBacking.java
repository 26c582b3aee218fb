package se.samverka.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.certificate.CertificateService;
import se.samverka.certificate.CertificateView;
import se.samverka.platform.NotFoundException;

/** The public check of a certificate ({@code /verify/{code}}): valid, revoked, or no such certificate (404). */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    CertificateService certificates;

    private String code;
    private CertificateView certificate;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            certificate = CertificateView.of(certificates.byCode(code));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isChecked() { return code != null && !code.isBlank(); }
    public CertificateView getCertificate() { return certificate; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
