package se.samverka.platform;

import java.util.Locale;
import java.util.Map;

/**
 * A business rule said no. Each case is its own subclass; the message is a key in the
 * {@code messages} bundle so that views and the API can show it in the user's language.
 * Unchecked, so {@code @Transactional} rolls back.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of refusal this is; the API maps it to an HTTP status. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410), TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    protected DomainException(Kind kind, String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    protected DomainException(Kind kind, String messageKey, Object... arguments) {
        this(kind, null, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    /**
     * The RFC 9457 problem type of this refusal: {@code about:blank} (the status says it all) unless a case
     * needs clients to tell it apart from others of the same status.
     */
    public String problemType() {
        return "about:blank";
    }

    /** What the refusal says as a whole (an API problem's detail); by default its message. */
    public String summary(Locale locale) {
        return localizedMessage(locale);
    }

    /**
     * Each input field at fault with what is wrong with it, in order: by default this refusal's own
     * field and message, none when it is not about a field. A refusal that names several fields says so.
     */
    public Map<String, String> fieldMessages(Locale locale) {
        return field == null ? Map.of() : Map.of(field, localizedMessage(locale));
    }

    @Override
    public String getLocalizedMessage() {
        return localizedMessage(Messages.DEFAULT_LOCALE);
    }
}
