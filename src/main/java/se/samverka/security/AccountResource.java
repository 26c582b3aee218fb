package se.samverka.security;

import se.samverka.platform.PublicAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import se.samverka.api.RequestBody;

/** {@code /api/accounts}: organisers list and create staff and organiser accounts. */
@Path("accounts")
@RequestScoped
@RolesAllowed(Role.ORGANISER_NAME)
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    PublicAddress address;

    @Inject
    AccountService accounts;

    /** A new account; the password is only ever stored as a hash. */
    public record NewAccount(@NotBlank(message = "{validation.required}") String username, String displayName,
            @NotNull(message = "{validation.required}") Role role,
            @NotBlank(message = "{validation.required}") String password) {
        // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
        // constrained constructor parameters (it takes them for path parameters).
        public NewAccount(String username, String displayName, Role role, String password) {
            this.username = username;
            this.displayName = displayName;
            this.role = role;
            this.password = password;
        }

    }

    /** An account as the API shows it. */
    public record AccountView(Long id, String username, String displayName, Role role, boolean active) {
        static AccountView of(Account account) {
            return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(),
                    account.getRole(), account.isActive());
        }
    }

    @GET
    public List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @POST
    public Response create(@Valid NewAccount account) {
        RequestBody.required(account);
        Account created = accounts.create(account.username(), account.displayName(), account.role(),
                account.password());
        return Response.created(address.api("accounts", created.getId()))
                .entity(AccountView.of(created)).build();
    }
}
