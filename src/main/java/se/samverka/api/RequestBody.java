package se.samverka.api;

import se.samverka.platform.DomainException;

/** A request that needs a JSON body and came without one. */
public final class RequestBody {

    private RequestBody() {
    }

    /**
     * The body, or a 400 problem when it is missing. (Not {@code @NotNull} on the parameter: Payara's
     * OpenAPI scanner takes constrained resource parameters for path parameters and fails.)
     */
    public static <T> T required(T body) {
        if (body == null) {
            throw new Missing();
        }
        return body;
    }

    /** No body was sent. */
    public static class Missing extends DomainException {
        public Missing() {
            super(Kind.INVALID, "body", "validation.bodyRequired");
        }
    }
}
