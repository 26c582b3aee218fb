package se.samverka.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Starts the Payara Micro of each Arquillian test class quicker. The managed container starts a new Payara Micro
 * for each deployment with the options it was set up with; before each deployment this sets it up again from
 * arquillian.xml, changed in two ways:
 * <ul>
 * <li>through {@link PayaraRuntime}: from the runtime unpacked once, with the class-data sharing archive
 * (recorded by the first start of a run of several IT classes);</li>
 * <li>the JIT: arquillian.xml has the JVM compile with C1 alone ({@value #C1_ONLY}), which starts Payara
 * about 6 s sooner (on a busy machine much more). That suits in-container tests and browser tests. The other
 * client-side test classes ({@code testable = false}, not {@code *BrowserIT}) call the API over HTTP, mostly as
 * an organiser with HTTP Basic, and every such call hashes the password with PBKDF2, five times slower without
 * C2; for them the option is dropped (full tiered JIT). Measured per class, C1 alone and tiered, on a quiet
 * machine: EventApiIT 47.6 and 28.6 s; MeetingPersistenceIT 43-49 and 26 s; CertificateApiIT 31.2 and 25.5 s;
 * in-container CertificatePersistenceIT 13.6 and 21.1 s; browser tests ProgrammeBrowserIT 64.3 and 59.6 s,
 * ParticipantsBrowserIT 28.5 and 30.9 s; on a busy one (load 6-8) BadgeBrowserIT 36.3 and 51.5 s,
 * RegistrationBrowserIT 36.4 and 60.1 s.</li>
 * </ul>
 * On H2 (a database per server) the demo conference is loaded only for a class marked {@link ReadsDemoData}.
 * And the deployment is written for Payara without compression ({@link StoredZipExporter}).
 * Registered in META-INF/services; the test classes need not know.
 */
public class QuickerPayaraStarts implements LoadableExtension {

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    static final String DEMO = "-Dsamverka.demo=true";

    @Override
    public void register(ExtensionBuilder builder) {
        ShrinkWrap.getDefaultDomain().getConfiguration().getExtensionLoader()
                .addOverride(ZipExporter.class, StoredZipExporter.class);
        builder.observer(BeforeEachDeployment.class);
    }

    public static class BeforeEachDeployment {

        @Inject
        private Instance<ContainerRegistry> registry;

        @Inject
        private Instance<TestClass> testClass;

        public void quicker(@Observes BeforeDeploy event) throws Exception {
            if (!(event.getDeployableContainer() instanceof PayaraMicroDeployableContainer payara)) {
                return;
            }
            Container<?> container = registry.get().getContainers().stream()
                    .filter(candidate -> candidate.getDeployableContainer() == payara).findFirst().orElse(null);
            if (container == null || !(container.createDeployableConfiguration()
                    instanceof PayaraMicroContainerConfiguration configuration)) {
                return;
            }
            String configured = configuration.getCmdOptions() == null ? "" : configuration.getCmdOptions();
            if (callsTheApiOften(event)) {
                configured = Stream.of(configured.split(" ")).filter(option -> !option.equals(C1_ONLY))
                        .collect(Collectors.joining(" "));
            }
            if (configured.contains("jdbc:h2:") && !readsTheDemo()) {
                configured = configured.replace(DEMO, "-Dsamverka.demo=false");
            }
            PayaraRuntime.Start start = PayaraRuntime.start(Path.of(configuration.getMicroJar()), recording());
            configuration.setMicroJar(start.jar().toString());
            String options = start.jvmOptions().stream().map(option -> option.replace(" ", "\\ "))
                    .collect(Collectors.joining(" "));
            configuration.setCmdOptions((options + " " + configured).strip());
            payara.setup(configuration);
        }

        /** Only a class marked {@link ReadsDemoData} needs the demo conference (a few seconds of each start on H2). */
        private boolean readsTheDemo() {
            TestClass test = testClass.get();
            return test == null || test.getJavaClass().isAnnotationPresent(ReadsDemoData.class);
        }

        /** A client-side test class that is no browser test: it calls the API over HTTP, mostly with HTTP Basic. */
        private boolean callsTheApiOften(BeforeDeploy event) {
            TestClass test = testClass.get();
            return !event.getDeployment().testable() && test != null && !test.getName().endsWith("BrowserIT");
        }

        /**
         * Recording costs the first server about 30 s of CPU, which pays back from the sixth start on: not when
         * a developer runs one IT class ({@code -Dit.test=...}), unless asked to ({@code -Dsamverka.test.cds=record}).
         */
        private static PayaraRuntime.Recording recording() {
            if ("record".equals(System.getProperty("samverka.test.cds"))) {
                return PayaraRuntime.Recording.ALLOWED;
            }
            String chosen = System.getProperty("it.test");
            return chosen == null || chosen.isBlank() ? PayaraRuntime.Recording.ALLOWED
                    : PayaraRuntime.Recording.NOT_ALLOWED;
        }
    }
}
