package se.samverka.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.samverka.platform.DomainException;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.Text;

/** Creates and maintains accounts; the only place passwords are hashed. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    private volatile String decoy;

    void configureHash() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public Account create(String username, String displayName, Role role, String password) {
        Account.checkPasswordStrength(password);
        return createWithoutStrengthCheck(username, displayName, role, password);
    }

    /** For the first organiser, whose password an operator chose in configuration. */
    Account createWithoutStrengthCheck(String username, String displayName, Role role, String password) {
        String name = username == null ? null : username.strip().toLowerCase();
        if (find(name).isPresent()) {
            throw new UsernameTakenException(name);
        }
        configureHash();
        Account account = new Account(name, displayName, role, passwordHash.generate(password.toCharArray()));
        em.persist(account);
        return account;
    }

    public void changePassword(Long accountId, String newPassword) {
        Account.checkPasswordStrength(newPassword);
        configureHash();
        get(accountId).changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
    }

    public void setActive(Long accountId, boolean active) {
        Account account = get(accountId);
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
    }

    /**
     * The active account with this name and password, if both match. An unknown or inactive name costs the
     * same hashing as a wrong password, so that the time of the answer does not tell which names exist.
     */
    public Optional<Account> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        configureHash();
        String name = username.strip().toLowerCase();
        Optional<Account> account = name.length() > 64 || Text.hasControlCharacters(name) ? Optional.empty() : find(name);
        String hash = account.filter(Account::isActive).map(Account::getPasswordHash).orElseGet(this::decoyHash);
        boolean matches = passwordHash.verify(password.toCharArray(), hash);
        return matches ? account.filter(Account::isActive) : Optional.empty();
    }

    /** A hash of a random password with the real parameters, to verify against when there is no account. */
    private String decoyHash() {
        String hash = decoy;
        if (hash == null) {
            hash = passwordHash.generate(UUID.randomUUID().toString().toCharArray());
            decoy = hash;
        }
        return hash;
    }

    public boolean anyExists() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0;
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    public Optional<Account> find(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    private Account get(Long id) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("account", id);
        }
        return account;
    }

    /** The user name is already in use. */
    public static class UsernameTakenException extends DomainException {
        public UsernameTakenException(String username) {
            super(Kind.CONFLICT, "username", "account.error.usernameTaken", username);
        }
    }
}
