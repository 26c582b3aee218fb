package se.samverka.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resources: 401 without a caller, 403 for a caller without the
 * role. Asks Jakarta Security for the caller, because the JAX-RS security context on Payara
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

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = CDI.current().select(SecurityContext.class).get();
            if (security.getCallerPrincipal() == null) {
                throw new NotAuthorizedException("Basic realm=\"Samverka\"");
            }
            if (Arrays.stream(roles).noneMatch(security::isCallerInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
