package se.samverka.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import jakarta.json.Json;
import se.samverka.platform.Messages;

/**
 * One mechanism for both ways in: the admin pages log in through the form on {@code /login}
 * (the session remembers the caller), the API takes HTTP Basic on every call (no session).
 * Jakarta Security 3 allows one mechanism per application, hence the two paths here.
 */
@ApplicationScoped
public class SamverkaAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** The request attribute by which a refused form login tells the login page how long to wait. */
    public static final String RETRY_AFTER = "samverka.login.retryAfter";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return formLogin(formCredential, request, context);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return context.notifyContainerAboutLogin(remembered, null);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicLogin(authorization.substring(6).trim(), request, response, context);
        }
        if (context.isProtected() && isMetrics(request)) {
            return challenge(request, response, context); // a scraper answers a Basic challenge, not a login page
        }
        if (context.isProtected() && !isApi(request)) {
            // API calls without credentials go on: @RolesAllowed answers them with a 401 problem.
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        String name = credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
        Optional<Duration> wait = throttle.waitBefore(name, request.getRemoteAddr());
        if (wait.isPresent()) {
            throttle.refused(name, request.getRemoteAddr(), wait.get());
            request.setAttribute(RETRY_AFTER, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked(name, credential, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at login, so that an id planted before the login is worth nothing after it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** Validates the credential and tells the throttle how it went. */
    private CredentialValidationResult checked(String name, Credential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(name);
        } else {
            throttle.failed(name, request.getRemoteAddr());
        }
        return result;
    }

    private AuthenticationStatus basicLogin(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(request, response, context);
        }
        String name = decoded.substring(0, colon);
        Optional<Duration> wait = throttle.waitBefore(name, request.getRemoteAddr());
        if (wait.isPresent()) {
            throttle.refused(name, request.getRemoteAddr(), wait.get());
            return tooManyFailures(wait.get(), request, response);
        }
        CredentialValidationResult result = checked(name,
                new UsernamePasswordCredential(name, decoded.substring(colon + 1)), request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(request, response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** 429 with Retry-After and a problem JSON: the caller must wait before trying this name again. */
    private AuthenticationStatus tooManyFailures(Duration wait, HttpServletRequest request, HttpServletResponse response) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", String.valueOf(seconds));
        writeProblem(response, 429, "Too Many Requests",
                Messages.format(language(request), "login.throttled", minutes(wait)));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Whole minutes to wait, at least one, as the login messages say it. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** 401 with a Basic challenge and a problem JSON body. */
    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Samverka\", charset=\"UTF-8\"");
        if (!writeProblem(response, 401, "Unauthorized", Messages.text(language(request), "login.basicFailed"))) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean writeProblem(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                    .add("status", status).add("detail", detail).build().toString());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Messages.DEFAULT_LOCALE
                : Messages.firstSupported(Collections.list(request.getLocales()));
    }

    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
