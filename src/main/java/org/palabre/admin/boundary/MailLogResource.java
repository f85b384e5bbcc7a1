package org.palabre.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.mail.control.MailLog;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutboxReview;
import org.palabre.mail.entity.LoggedMail;
import org.palabre.mail.entity.MailStatus;
import org.palabre.mail.entity.OutboxMail;
import org.palabre.web.control.Pages;

/**
 * Mail, for administrators: the outbox by state (pending, sent, failed, dead, cancelled) with the reasons,
 * a retry for mails given up, and, on a Palabre with no SMTP server, the stored mails themselves.
 */
@Path("admin/mail")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class MailLogResource {

    private static final int PAGE_SIZE = 100;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    MailLog mailLog;

    @Inject
    OutboxReview outbox;

    @Inject
    Mailer mailer;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String outbox(@QueryParam("status") String status) {
        currentAccount.require(Role.ADMIN);
        MailStatus shown = MailStatus.PENDING;
        for (MailStatus candidate : MailStatus.values()) {
            if (candidate.name().equals(status)) {
                shown = candidate;
            }
        }
        List<OutboxMail> mails = outbox.latest(shown, PAGE_SIZE);
        return pages.render(
                "mail/outbox.jte",
                Map.of(
                        "counts",
                        outbox.counts(),
                        "shown",
                        shown,
                        "mails",
                        mails,
                        "recipients",
                        outbox.recipients(mails),
                        "smtp",
                        mailer.sendsThroughSmtp()));
    }

    @POST
    @Path("outbox/{id: [0-9]{1,18}}/retry")
    @Operation(hidden = true)
    public Response retry(@PathParam("id") long id) {
        currentAccount.require(Role.ADMIN);
        if (!outbox.retry(id)) {
            throw new NotFoundException("mail.outbox.notRetriable");
        }
        outbox.sendSoon();
        return Response.seeOther(URI.create("/admin/mail?status=PENDING")).build();
    }

    @GET
    @Path("stored")
    @Operation(hidden = true)
    public String stored() {
        currentAccount.require(Role.ADMIN);
        return pages.render(
                "mail/log.jte", Map.of("mails", mailLog.newest(PAGE_SIZE), "smtp", mailer.sendsThroughSmtp()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(hidden = true)
    public String show(@PathParam("id") long id) {
        currentAccount.require(Role.ADMIN);
        LoggedMail mail = mailLog.find(id).orElseThrow(NotFoundException::new);
        List<String[]> headers = MailLog.headers(mail);
        // With no mail server, the recipient's answer can be written here and received as if it came by mail.
        String replyTo = mailer.sendsThroughSmtp()
                ? ""
                : headers.stream()
                        .filter(header -> header[0].equalsIgnoreCase("Reply-To"))
                        .map(header -> header[1])
                        .findFirst()
                        .orElse("");
        return pages.render(
                "mail/mail.jte",
                Map.of("mail", mail, "headers", headers, "text", MailLog.text(mail), "replyTo", replyTo));
    }
}
