package se.samverka.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks user names and passwords against the accounts in the database, and against the one metrics
 * scraper account that configuration may name ({@code samverka.metrics.username} and {@code .password}),
 * which may read {@code /metrics} and nothing else.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The role of the metrics scraper; no page or API resource allows it. */
    public static final String METRICS_ROLE = "METRICS";

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "samverka.metrics.username")
    Optional<String> scraperName;

    @Inject
    @ConfigProperty(name = "samverka.metrics.password")
    Optional<String> scraperPassword;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (isScraper(login.getCaller())) {
            return sameSecret(login.getPasswordAsString(), scraperPassword.orElse(""))
                    ? new CredentialValidationResult(login.getCaller(), Set.of(METRICS_ROLE))
                    : CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.getUsername(), Set.of(account.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private boolean isScraper(String name) {
        return scraperName.filter(n -> !n.isBlank()).map(n -> n.equals(name)).orElse(false)
                && scraperPassword.filter(p -> p.length() >= Account.MIN_PASSWORD_LENGTH).isPresent();
    }

    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
