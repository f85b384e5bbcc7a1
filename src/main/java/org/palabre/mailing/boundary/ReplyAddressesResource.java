package org.palabre.mailing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.mailing.control.ReplyKeys;

/** "Revoke my reply addresses": every Reply-To address the member was sent stops posting at once. */
@Path("preferences/mail/reply-addresses/revoke")
@RequestScoped
@Transactional
public class ReplyAddressesResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ReplyKeys replyKeys;

    @POST
    @Operation(hidden = true)
    public Response revoke() {
        Account member = currentAccount.require(Role.MEMBER);
        replyKeys.revokeAll(member.id());
        return Response.seeOther(URI.create("/preferences/mail?done=revoked#reply-addresses"))
                .build();
    }
}
