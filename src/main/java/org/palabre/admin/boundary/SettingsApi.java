package org.palabre.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.settings.control.SiteSettings;
import org.palabre.settings.entity.RegistrationMode;
import org.palabre.web.control.InvalidInput;

/** Who may join, over JSON, for administrators. */
@Path("api/settings/registration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@RequestScoped
@Transactional
public class SettingsApi {

    public record Registration(String mode) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    SiteSettings settings;

    @GET
    @Operation(summary = "The registration mode: OPEN, INVITE_ONLY or CLOSED")
    public Registration registration() {
        currentAccount.require(Role.ADMIN);
        return new Registration(settings.registrationMode().name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the registration mode")
    public Registration choose(Registration form) {
        Account admin = currentAccount.require(Role.ADMIN);
        String mode = form == null ? null : form.mode();
        RegistrationMode chosen = Arrays.stream(RegistrationMode.values())
                .filter(m -> m.name().equals(mode))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(Map.of("mode", "error.settings.unknownMode")));
        settings.chooseRegistrationMode(admin.id(), chosen);
        return new Registration(chosen.name());
    }
}
