package se.samverka.testing;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import se.samverka.testdata.EventBuilder;
import se.samverka.testdata.ProgrammeBuilder;
import se.samverka.testdata.RegistrationBuilder;
import se.samverka.testdata.Sectors;

/**
 * The application as the tests deploy it: the WAR that {@code mvn package} built, so that tests
 * exercise exactly what users run. In-container tests add their own classes to it.
 */
public final class Deployments {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    /**
     * Where in-container tests find the transaction manager, to begin and commit transactions of their own:
     * {@code @Resource(lookup = Deployments.TRANSACTION_MANAGER) TransactionManager transaction}. Not
     * UserTransaction: Payara's @Transactional interceptor keeps the "may this thread use UserTransaction" state
     * of a call in a field of the interceptor instance, which an application-scoped bean shares between threads;
     * when mail delivery called MailService on its own thread at the same moment, the test thread got that state
     * back and UserTransaction.commit failed with "Operation not allowed" (once, in a suite run). Only
     * UserTransaction consults that state; the application never uses it.
     */
    public static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("samverka.war", "target/samverka.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The application with test classes added, for tests that run inside Payara Micro, and the test data
     * builders, so that those tests build their data as the others do. The builders use only the application's
     * own classes and JSON-B, which Payara has.
     */
    public static WebArchive applicationWith(Class<?>... testClasses) {
        return application().addClasses(testClasses)
                .addClasses(EventBuilder.class, RegistrationBuilder.class, Sectors.class, ProgrammeBuilder.class);
    }

    /** Arquillian may hand over the machine's external address without a trailing slash. */
    public static URI base(URL deploymentUrl) {
        return URI.create("http://localhost:" + deploymentUrl.getPort() + "/");
    }
}
