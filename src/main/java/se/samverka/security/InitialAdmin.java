package se.samverka.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverka.platform.SchemaReady;

/**
 * On the first start (no account at all) creates the organiser {@code admin}, with the configured
 * initial password or a random one that is printed once in the log.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "samverka.admin.initial-password")
    Optional<String> initialPassword;

    void onSchemaReady(@Observes @Priority(10) SchemaReady ready) {
        if (accounts.anyExists()) {
            return;
        }
        String password = initialPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        accounts.createWithoutStrengthCheck("admin", "Administratör", Role.ORGANISER, password);
        if (generated) {
            LOG.warning("Created organiser account 'admin' with the generated password: " + password
                    + "  (shown once; set samverka.admin.initial-password to choose it)");
        } else {
            LOG.info("Created organiser account 'admin' with the configured initial password.");
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
