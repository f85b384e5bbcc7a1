package org.palabre.incoming.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.incoming.control.IncomingLog;
import org.palabre.incoming.entity.IncomingMail;
import org.palabre.posts.entity.Post;
import org.palabre.web.control.Pages;

/**
 * The mail a post was made from, whole, for those who moderate the post's category: its headers, then the raw
 * message as text. Anyone else, its author included, finds nothing here; no cache may keep it.
 */
@Path("mail/originals/{postId: [0-9]{1,18}}")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class MailOriginalsResource {

    /** One header line, decoded for reading (the raw text below shows it as it came). */
    public record HeaderLine(String name, String value) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    CategoryPermissions categories;

    @Inject
    IncomingLog log;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public Response show(@PathParam("postId") long postId) {
        Account reader = currentAccount.get().orElseThrow(NotFoundException::new);
        Post post = entityManager.find(Post.class, postId);
        if (post == null || !categories.canModerate(reader, post.topic().categoryId())) {
            throw new NotFoundException();
        }
        IncomingMail mail = log.ofPost(postId).orElseThrow(NotFoundException::new);
        String html = pages.render(
                "incoming/original.jte",
                Map.of(
                        "mail",
                        mail,
                        "postLink",
                        post.topic().path() + "/" + post.number(),
                        "headers",
                        headers(mail.rawMessage())));
        return Response.ok(html).header("Cache-Control", "private, no-store").build();
    }

    static List<HeaderLine> headers(String raw) {
        try {
            InternetHeaders parsed =
                    new InternetHeaders(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            List<HeaderLine> lines = new ArrayList<>();
            for (Header header : Collections.list(parsed.getAllHeaders())) {
                lines.add(new HeaderLine(header.getName(), decoded(header.getValue())));
            }
            return lines;
        } catch (MessagingException unreadable) {
            return List.of();
        }
    }

    private static String decoded(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException undecodable) {
            return value;
        }
    }
}
