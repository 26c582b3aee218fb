package se.samverka.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** A person who logs in to the admin pages and API. Only a PBKDF2 hash of the password is kept. */
@Entity
@Table(name = "account")
public class Account extends DomainEntity {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Account() {
    }

    public Account(String username, String displayName, Role role, String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidAccountException("username", "account.error.username");
        }
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username
                : Text.oneLine(displayName, "displayName", 200);
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = LocalDateTime.now();
    }

    public static void checkPasswordStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("password", "account.error.passwordShort", MIN_PASSWORD_LENGTH);
        }
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
