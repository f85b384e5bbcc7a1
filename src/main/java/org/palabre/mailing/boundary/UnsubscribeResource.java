package org.palabre.mailing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.mailing.control.UnsubscribeLinks;
import org.palabre.mailing.control.Unsubscriptions;
import org.palabre.security.boundary.SecretLink;
import org.palabre.web.control.Pages;

/**
 * One-click unsubscribe (RFC 8058). The link in every mail's List-Unsubscribe header carries an opaque token
 * that is its own proof: the POST a mail client sends works without a session or a cookie. A GET only shows
 * the confirmation page, because mail scanners and link previews fetch links by themselves.
 */
@SecretLink
@Path("mail/unsubscribe/{token}")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class UnsubscribeResource {

    @Inject
    UnsubscribeLinks links;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String confirm(@PathParam("token") String token) {
        UnsubscribeLinks.Request request =
                links.read(token).orElseThrow(() -> new NotFoundException("mail.unsubscribe.invalid"));
        return pages.render(
                "mail/unsubscribe.jte",
                Map.of("token", token, "scope", request.scope().name(), "done", false));
    }

    @POST
    @Operation(summary = "Stops the mails an unsubscribe link names (RFC 8058 one-click); needs no session")
    public String unsubscribe(@PathParam("token") String token) {
        UnsubscribeLinks.Request request =
                links.read(token).orElseThrow(() -> new NotFoundException("mail.unsubscribe.invalid"));
        unsubscriptions.apply(request);
        return pages.render(
                "mail/unsubscribe.jte",
                Map.of("token", token, "scope", request.scope().name(), "done", true));
    }
}
