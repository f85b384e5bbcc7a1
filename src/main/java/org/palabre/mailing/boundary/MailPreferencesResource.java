package org.palabre.mailing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.mailing.control.MailPreferencesStore;
import org.palabre.mailing.entity.DigestFrequency;
import org.palabre.mailing.entity.MailFrequency;
import org.palabre.web.control.Pages;

/** The member's mail preferences: when to be mailed about what, mailing-list mode, and the digest. */
@Path("preferences/mail")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class MailPreferencesResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    MailPreferencesStore preferences;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page(@QueryParam("done") String done) {
        Account member = currentAccount.require(Role.MEMBER);
        return pages.render(
                "mail/preferences.jte",
                Map.of("chosen", preferences.of(member.id()), "done", "saved".equals(done), "problem", ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response choose(
            @FormParam("mention") String mention,
            @FormParam("reply") String reply,
            @FormParam("quote") String quote,
            @FormParam("watched") String watched,
            @FormParam("mailingList") String mailingList,
            @FormParam("digest") String digest) {
        Account member = currentAccount.require(Role.MEMBER);
        Optional<MailFrequency> onMention = frequency(mention);
        Optional<MailFrequency> onReply = frequency(reply);
        Optional<MailFrequency> onQuote = frequency(quote);
        Optional<MailFrequency> onWatched = frequency(watched);
        Optional<DigestFrequency> digestFrequency = digest(digest);
        if (onMention.isEmpty()
                || onReply.isEmpty()
                || onQuote.isEmpty()
                || onWatched.isEmpty()
                || digestFrequency.isEmpty()) {
            return Response.status(422)
                    .entity(pages.render(
                            "mail/preferences.jte",
                            Map.of(
                                    "chosen",
                                    preferences.of(member.id()),
                                    "done",
                                    false,
                                    "problem",
                                    "mail.preferences.invalid")))
                    .build();
        }
        preferences.choose(
                member.id(),
                onMention.get(),
                onReply.get(),
                onQuote.get(),
                onWatched.get(),
                "on".equals(mailingList),
                digestFrequency.get());
        return Response.seeOther(URI.create("/preferences/mail?done=saved")).build();
    }

    private static Optional<MailFrequency> frequency(String value) {
        try {
            return Optional.of(MailFrequency.valueOf(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DigestFrequency> digest(String value) {
        try {
            return Optional.of(DigestFrequency.valueOf(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
