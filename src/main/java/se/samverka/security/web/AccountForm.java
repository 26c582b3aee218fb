package se.samverka.security.web;

import java.io.Serializable;
import se.samverka.security.Role;

/** The new-account form's fields. The password is handed over once and then forgotten. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private Role role = Role.STAFF;
    private String password;

    /** The typed password, cleared from the form so that it does not stay in the view state. */
    String takePassword() {
        String typed = password;
        password = null;
        return typed;
    }

    public Role[] getRoles() { return Role.values(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
