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
import se.samverka.platform.DomainException;
import se.samverka.platform.NotFoundException;

/** Creates and maintains accounts; the only place passwords are hashed. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

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

    /** The active account with this name and password, if both match. */
    public Optional<Account> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        configureHash();
        return find(username.strip().toLowerCase())
                .filter(Account::isActive)
                .filter(account -> passwordHash.verify(password.toCharArray(), account.getPasswordHash()));
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
        Account account = em.find(Account.class, id);
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
