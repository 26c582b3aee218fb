package se.samverka.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import se.samverka.security.SamverkaAuthentication;
import se.samverka.web.Feedback;

/** The login form and logout. */
@Named
@RequestScoped
public class LoginBacking {

    private static final Pattern SAFE_NEXT = Pattern.compile("/(?![/\\\\])[!-\\[\\]-~]*");

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext external;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            boolean convener = ((HttpServletRequest) external.getRequest()).isUserInRole("CONVENER");
            external.redirect(external.getRequestContextPath() + (next == null && convener ? "/admin/meetings/" : safeNext()));
            FacesContext.getCurrentInstance().responseComplete();
        } else if (external.getRequestMap().get(SamverkaAuthentication.RETRY_AFTER) instanceof Duration wait) {
            external.setResponseHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            Feedback.error("login.throttled", SamverkaAuthentication.minutes(wait));
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            Feedback.error("login.failed");
        }
    }

    public void logout() throws ServletException, IOException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /**
     * Only paths inside the application, never another site: a single leading slash followed by printable
     * ASCII without backslashes or spaces (browsers drop tabs and line breaks, so {@code /\t/evil.example}
     * would otherwise lead away).
     */
    static String safeNext(String next) {
        if (next != null && SAFE_NEXT.matcher(next).matches()) {
            return next;
        }
        return "/admin/";
    }

    private String safeNext() {
        return safeNext(next);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
