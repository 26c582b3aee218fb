package se.samverka.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.Set;

/**
 * Enforces {@code @RolesAllowed} on resources: 401 without a caller, 403 for a caller without the
 * role. A change (POST, PUT, PATCH, DELETE) must carry its credentials (HTTP Basic) itself, or, from an
 * admin page's script, the session's {@link CsrfToken}: the session cookie alone authorises reading
 * (downloads from the admin pages) but never a change, so no other site can make a logged-in browser
 * change anything through the API. Asks Jakarta Security for the caller, because the JAX-RS security context on Payara
 * reports an anonymous principal as a caller once an authenticated request has been served.
 */
@Provider
public class RolesAllowedCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new Filter(allowed.value()), Priorities.AUTHORIZATION);
        }
    }

    private record Filter(String[] roles) implements ContainerRequestFilter {

        private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = CDI.current().select(SecurityContext.class).get();
            if (security.getCallerPrincipal() == null) {
                throw new NotAuthorizedException("Basic realm=\"Samverka\"");
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                    && !CsrfToken.matches(CDI.current().select(HttpServletRequest.class).get().getSession(false),
                            request.getHeaderString(CsrfToken.HEADER))) {
                // logged in through the session cookie only: a browser may have been made to send this
                throw new NotAuthorizedException("Basic realm=\"Samverka\"");
            }
            if (Arrays.stream(roles).noneMatch(security::isCallerInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
