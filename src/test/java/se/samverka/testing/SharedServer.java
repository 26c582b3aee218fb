package se.samverka.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro with the built WAR for all client-side test classes (API, pages, browser) of a test JVM,
 * instead of one Arquillian server per class: each start with its deployment cost 15-35 s of both cores, and
 * these classes only talk to the server over HTTP. It is started by the first class that needs it (with the
 * same settings the Arquillian containers in arquillian.xml have: the demo conference, the test admin password,
 * mail by SMTP to the GreenMail in this JVM, which it starts first) and stopped when the failsafe execution's
 * tests are done. In-container tests ({@code *PersistenceIT} with {@code @Deployment} and their own classes in
 * the WAR) keep their own Arquillian server.
 * <p>
 * Sharing is safe because every test makes its own data (events, accounts, people with addresses of their own,
 * see {@link Given}) and looks only at that; a test must never count or expect anything across the whole
 * server. Two settings differ from arquillian.xml: the public rate limit is out of the way (the classes'
 * requests now add up in one server's per-address budget; only AbuseIT tests the limit, on a server of its own),
 * and the JIT is the full tiered one (one long-lived server: C2 pays back, and PBKDF2 for HTTP Basic logins is
 * five times slower without it).
 * <p>
 * On PostgreSQL (the failsafe "postgresql" execution) it has a database of its own on the same PostgreSQL
 * server ({@value #DATABASE}): the in-container test classes' servers use the default database, and the idle
 * shared server's timers (mail outbox, nightly jobs) must never touch their data while they run.
 * <p>
 * Use: {@code @ExtendWith(SharedServer.class)} and a field {@code @SharedServer.Url URL deploymentUrl}.
 */
public class SharedServer implements BeforeAllCallback, TestInstancePostProcessor {

    /** Marks the test class's field that gets the server's address (http://localhost:port/). */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Url {
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);
    private static final String HEAP = "1g";
    static final String DATABASE = "samverka_shared";

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        URL url = server(context).base().toURL();
        for (Class<?> type = testInstance.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Url.class)) {
                    field.setAccessible(true);
                    field.set(testInstance, url);
                }
            }
        }
    }

    /** The server of this test JVM (started by the first class that asks), stopped when its tests are done. */
    private static AppServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(AppServer.class, key -> start(), AppServer.class);
    }

    private static boolean onPostgres() {
        return Boolean.getBoolean("samverka.test.postgres");
    }

    private static AppServer start() {
        int smtp = Integer.getInteger("samverka.test.smtp.port", 3025);
        GreenMailServer.startOnce(smtp, MailServer.imapPort());
        Map<String, String> settings = new LinkedHashMap<>();
        String dbUrl;
        if (onPostgres()) {
            int port = Integer.getInteger("samverka.test.postgres.port", 55432);
            try {
                EmbeddedPostgresServer.startOnce(port);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            dbUrl = EmbeddedPostgresServer.newDatabase(DATABASE);
            settings.put("samverka.db.user", EmbeddedPostgresServer.USER);
            settings.put("samverka.db.password", EmbeddedPostgresServer.PASSWORD);
        } else {
            dbUrl = "jdbc:h2:mem:samverka;DB_CLOSE_DELAY=-1";
        }
        settings.put("samverka.demo", "true");
        settings.put("samverka.mail.transport", "smtp");
        settings.put("samverka.mail.host", "localhost");
        settings.put("samverka.mail.port", String.valueOf(smtp));
        settings.put("samverka.test.imap.port", String.valueOf(MailServer.imapPort()));
        // the installation's settings that the privacy notice and accessibility statement show, as
        // RegistrationBrowserIT expects them (45 days for needs, not the default 30; a named controller)
        settings.put("samverka.retention.needs.days", "45");
        settings.put("samverka.privacy.controller", "Testkommunen");
        settings.put("samverka.privacy.contact-email", "dataskydd@testkommunen.example");
        settings.put("samverka.accessibility.contact-email", "tillganglighet@testkommunen.example");
        Path dir = Path.of("target", "shared-server", onPostgres() ? "postgresql" : "h2");
        AppServer server = AppServer.on(dbUrl, dir, settings).withHeap(HEAP);
        // stopped with the tests' store; this hook only for a test JVM that ends otherwise (killed, timed out)
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server.start();
    }
}
