package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One JSON object a line for every log record when {@code samverka.log.json=true} (SAMVERKA_LOG_JSON=true), for a
 * log collector: the server's console handlers are switched, as the application starts, to Payara's own
 * {@code JSONLogFormatter} (time, level, logger, thread, message, and a stack trace as one escaped field). The lines
 * the server writes before the application is deployed stay in Payara's usual format; to have those as JSON too,
 * start Payara Micro with {@code --logproperties} and a file that sets
 * {@code java.util.logging.ConsoleHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter}.
 */
@ApplicationScoped
public class JsonLogs {

    static final String KEY = "samverka.log.json";
    static final String FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";
    private static final Logger LOG = Logger.getLogger(JsonLogs.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        boolean json = ConfigProvider.getConfig(JsonLogs.class.getClassLoader())
                .getOptionalValue(KEY, Boolean.class).orElse(false);
        if (json) {
            int switched = switchHandlers(Logger.getLogger(""));
            LOG.info(() -> "Logging one JSON object a line (" + KEY + "=true): " + switched + " handler(s) switched");
        }
    }

    /** Gives every handler of {@code root} Payara's JSON formatter; returns how many now have it. */
    static int switchHandlers(Logger root) {
        int switched = 0;
        for (Handler handler : root.getHandlers()) {
            Formatter current = handler.getFormatter();
            if (current != null && current.getClass().getName().equals(FORMATTER)) {
                switched++;
                continue;
            }
            try {
                // Payara's formatters live in the server's class loader: load it where the current one came from
                ClassLoader server = current == null ? JsonLogs.class.getClassLoader()
                        : current.getClass().getClassLoader();
                Formatter formatter = (Formatter) Class.forName(FORMATTER, true, server)
                        .getDeclaredConstructor().newInstance();
                handler.setFormatter(formatter);
                switched++;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not switch " + handler + " to JSON", e);
            }
        }
        return switched;
    }
}
