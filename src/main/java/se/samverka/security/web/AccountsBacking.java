package se.samverka.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverka.security.Account;
import se.samverka.security.AccountService;
import se.samverka.web.Feedback;

/** Accounts: list them, create one, reset a password, deactivate or activate. Never shows a hash. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private transient List<Account> all;
    private AccountForm form = new AccountForm();
    private Long resetId;
    private String resetUsername;
    private String newPassword;

    public List<Account> getAccounts() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public void create() {
        Account created = accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.takePassword());
        Feedback.info("accounts.created", created.getUsername());
        form = new AccountForm();
        all = null;
    }

    public void startReset(Account account) {
        resetId = account.getId();
        resetUsername = account.getUsername();
        newPassword = null;
    }

    public void resetPassword() {
        String typed = newPassword;
        newPassword = null;
        accounts.changePassword(resetId, typed);
        Feedback.info("accounts.passwordReset", resetUsername);
    }

    public void setActive(Account account, boolean active) {
        accounts.setActive(account.getId(), active);
        Feedback.info(active ? "accounts.activated" : "accounts.deactivated", account.getUsername());
        all = null;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
