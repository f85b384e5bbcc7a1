package org.palabre.incoming.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.incoming.control.AnswerDraft;
import org.palabre.incoming.control.MailReceiver;
import org.palabre.mail.control.MailLog;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.entity.LoggedMail;

/**
 * On a Palabre with no mail server, an administrator answers a stored mail as its recipient would from their
 * mail client: the answer is received at the mail's Reply-To address, through the whole pipeline.
 */
@Path("admin/mail/{id: [0-9]{1,18}}/reply")
@RequestScoped
@Transactional
public class StoredMailReplyResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    MailLog mailLog;

    @Inject
    Mailer mailer;

    @Inject
    MailReceiver receiver;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reply(@PathParam("id") long id, @FormParam("text") String text) throws MessagingException {
        currentAccount.require(Role.ADMIN);
        if (mailer.sendsThroughSmtp()) {
            throw new NotFoundException(); // real mail is answered from real mail clients
        }
        LoggedMail stored = mailLog.find(id).orElseThrow(NotFoundException::new);
        byte[] answer = AnswerDraft.answering(mailer.parse(stored.rawMessage()), text == null ? "" : text);
        String target = receiver.receive(answer, "admin", List.of())
                .map(received -> "/admin/mail/incoming/" + received.id())
                .orElse("/admin/mail/incoming");
        return Response.seeOther(URI.create(target)).build();
    }
}
