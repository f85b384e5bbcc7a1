package org.palabre.muting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.Profiles;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.muting.control.Mutes;

/** The mute and unmute buttons of a profile page; forms that work without JavaScript. */
@Path("mutes/{username}")
@RequestScoped
@Transactional
public class MutesResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Profiles profiles;

    @Inject
    Mutes mutes;

    @POST
    @Operation(hidden = true)
    public Response mute(@PathParam("username") String username) {
        Account member = currentAccount.require(Role.MEMBER);
        Account muted = profiles.find(username).orElseThrow(NotFoundException::new);
        mutes.mute(member.id(), muted.id());
        return backTo(muted);
    }

    @POST
    @Path("remove")
    @Operation(hidden = true)
    public Response unmute(@PathParam("username") String username) {
        Account member = currentAccount.require(Role.MEMBER);
        Account muted = profiles.find(username).orElseThrow(NotFoundException::new);
        mutes.unmute(member.id(), muted.id());
        return backTo(muted);
    }

    private static Response backTo(Account member) {
        return Response.seeOther(URI.create("/u/" + URLEncoder.encode(member.username(), StandardCharsets.UTF_8)))
                .build();
    }
}
