package se.samverka.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Starts the Payara Micro of each Arquillian test class through {@link PayaraRuntime}: from the runtime unpacked
 * once, with the class-data sharing archive (recorded by the first start of a run of several IT classes). The
 * managed container starts a new Payara Micro for each deployment with the options it was set up with; before
 * each deployment this sets it up again from arquillian.xml with the launcher jar and those JVM options added.
 * Registered in META-INF/services; arquillian.xml and the test classes need not know.
 */
public class QuickerPayaraStarts implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(BeforeEachDeployment.class);
    }

    public static class BeforeEachDeployment {

        @Inject
        private Instance<ContainerRegistry> registry;

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
            PayaraRuntime.Start start = PayaraRuntime.start(Path.of(configuration.getMicroJar()), recording());
            if (start.jvmOptions().isEmpty()) {
                return;
            }
            configuration.setMicroJar(start.jar().toString());
            String options = start.jvmOptions().stream().map(option -> option.replace(" ", "\\ "))
                    .collect(Collectors.joining(" "));
            String configured = configuration.getCmdOptions();
            configuration.setCmdOptions(configured == null || configured.isBlank() ? options : options + " " + configured);
            payara.setup(configuration);
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
