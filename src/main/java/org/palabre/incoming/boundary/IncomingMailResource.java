package org.palabre.incoming.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.incoming.control.CategoryAddresses;
import org.palabre.incoming.control.IncomingLog;
import org.palabre.incoming.control.MailReceiver;
import org.palabre.incoming.entity.IncomingMail;
import org.palabre.posts.entity.Post;
import org.palabre.security.control.MultipartForm;
import org.palabre.web.control.Pages;

/**
 * Mail in, for administrators: what arrived and what became of it (posted, refused and why, ignored, bounces),
 * each message whole, the categories' addresses for new topics, and forms to paste a raw message or send a saved
 * one (.eml) into the pipeline, which lets the whole loop be tried with no mail server.
 */
@Path("admin/mail/incoming")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class IncomingMailResource {

    private static final int PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    IncomingLog log;

    @Inject
    MailReceiver receiver;

    @Inject
    CategoryAddresses addresses;

    @Inject
    CategoryPermissions categories;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String list() {
        currentAccount.require(Role.ADMIN);
        List<IncomingMail> mails = log.newest(PAGE_SIZE);
        return pages.render(
                "incoming/list.jte",
                Map.of(
                        "mails", mails,
                        "counts", log.counts(),
                        "postLinks", postLinks(mails),
                        "categories", categories.all(),
                        "addresses", addresses.all()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(hidden = true)
    public String show(@PathParam("id") long id) {
        currentAccount.require(Role.ADMIN);
        IncomingMail mail = log.find(id).orElseThrow(NotFoundException::new);
        return pages.render("incoming/mail.jte", Map.of("mail", mail, "postLinks", postLinks(List.of(mail))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response paste(@FormParam("raw") String raw, @FormParam("to") String to) {
        currentAccount.require(Role.ADMIN);
        if (raw == null || raw.isBlank()) {
            return Response.seeOther(URI.create("/admin/mail/incoming")).build();
        }
        // Pasted text loses its CRs; RFC 822 wants them, and Jakarta Mail reads either.
        return received(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), to);
    }

    /** The same from a saved message file (.eml), taken byte for byte: no form can mangle its line ends. */
    @POST
    @Path("file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        currentAccount.require(Role.ADMIN);
        MultipartForm form = MultipartForm.parse(body, contentType);
        return form.file("message")
                .filter(file -> file.content().length > 0)
                .map(file -> received(file.content(), form.field("to")))
                .orElseGet(() ->
                        Response.seeOther(URI.create("/admin/mail/incoming")).build());
    }

    private Response received(byte[] raw, String to) {
        String target = receiver.receive(raw, "admin", to == null || to.isBlank() ? List.of() : List.of(to.strip()))
                .map(received -> "/admin/mail/incoming/" + received.id())
                .orElse("/admin/mail/incoming");
        return Response.seeOther(URI.create(target)).build();
    }

    @POST
    @Path("categories/{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response chooseAddress(@PathParam("id") long categoryId, @FormParam("address") String address) {
        currentAccount.require(Role.ADMIN);
        categories.byId(categoryId).orElseThrow(NotFoundException::new);
        addresses.choose(categoryId, address);
        return Response.seeOther(URI.create("/admin/mail/incoming#categories")).build();
    }

    /** The page of each post made by mail, by post id. */
    private Map<Long, String> postLinks(List<IncomingMail> mails) {
        Map<Long, String> links = new HashMap<>();
        for (IncomingMail mail : mails) {
            if (mail.postId() != null) {
                Post post = entityManager.find(Post.class, mail.postId());
                if (post != null) {
                    links.put(post.id(), post.topic().path() + "/" + post.number());
                }
            }
        }
        return links;
    }
}
