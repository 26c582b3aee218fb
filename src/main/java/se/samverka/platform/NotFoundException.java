package se.samverka.platform;

/** The thing asked for does not exist (or is not the caller's to see). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(Kind.NOT_FOUND, null, "error.notFound", what, String.valueOf(id));
    }
}
