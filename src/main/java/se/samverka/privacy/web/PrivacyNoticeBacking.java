package se.samverka.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverka.platform.Installation;
import se.samverka.privacy.PrivacyNotice;
import se.samverka.privacy.RetentionRules;

/** The privacy notice page ({@code /privacy/notice.xhtml}): the notice as the installation and its rules stand. */
@Named
@RequestScoped
public class PrivacyNoticeBacking {

    @Inject
    RetentionRules rules;

    private List<PrivacyNotice.Section> sections;

    public List<PrivacyNotice.Section> getSections() {
        if (sections == null) {
            sections = PrivacyNotice.compose(Installation.configured(), rules::period,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return sections;
    }
}
