package org.palabre.mail.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.mail.control.MailLog;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.entity.LoggedMail;
import org.palabre.web.control.Pages;

/** The mail log, for administrators of a Palabre that has no SMTP server configured. */
@Path("admin/mail")
@Produces("text/html;charset=UTF-8")
public class MailLogResource {

    private static final int PAGE_SIZE = 100;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    MailLog mailLog;

    @Inject
    Mailer mailer;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String list() {
        currentAccount.require(Role.ADMIN);
        return pages.render("mail/log.jte", Map.of("mails", mailLog.newest(PAGE_SIZE), "smtp", mailer.sendsThroughSmtp()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(hidden = true)
    public String show(@PathParam("id") long id) {
        currentAccount.require(Role.ADMIN);
        LoggedMail mail = mailLog.find(id).orElseThrow(NotFoundException::new);
        return pages.render("mail/mail.jte",
                Map.of("mail", mail, "headers", MailLog.headers(mail), "text", MailLog.text(mail)));
    }
}
