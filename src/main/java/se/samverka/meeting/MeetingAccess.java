package se.samverka.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import se.samverka.security.Role;

/**
 * Who is asking, for the series rules: organisers reach every series, an account with the CONVENER role only the
 * series that name it. Works alike for the API and the pages (both authenticate through Jakarta Security).
 */
@RequestScoped
public class MeetingAccess {

    private final SecurityContext security;

    @Inject
    public MeetingAccess(SecurityContext security) {
        this.security = security;
    }

    /** For CDI's proxy only. */
    protected MeetingAccess() {
        this(null);
    }

    public String username() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "?" : caller.getName();
    }

    public boolean isOrganiser() {
        return security.isCallerInRole(Role.ORGANISER_NAME);
    }

    public boolean mayConvene(MeetingSeries series) {
        return isOrganiser() || security.isCallerInRole(Role.CONVENER_NAME) && series.isConvenedBy(username());
    }

    public void require(MeetingSeries series) {
        if (!mayConvene(series)) {
            throw InvalidMeetingException.notYours();
        }
    }
}
