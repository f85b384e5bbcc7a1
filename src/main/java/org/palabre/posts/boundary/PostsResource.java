package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.posts.control.PostEditor;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.RevisionDiff;
import org.palabre.posts.entity.Post;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/** One post's own pages: edit (with reason and preview), withdraw, and the history of its revisions. */
@Path("p")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class PostsResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PostEditor editor;

    @Inject
    PostPermissions permissions;

    @Inject
    ComposerPages composerPages;

    @Inject
    PageContext page;

    @Inject
    Pages pages;

    @Inject
    ComposerForm composerForm;

    @GET
    @Path("{id: [0-9]{1,18}}/edit")
    @Operation(hidden = true)
    public String editForm(@PathParam("id") long id) {
        Account member = currentAccount.require(Role.MEMBER);
        Post post = editable(member, id);
        return composerPages.renderFor(member, composer(post, post.raw(), ""));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response edit(
            @PathParam("id") long id,
            @FormParam("raw") String raw,
            @FormParam("reason") String reason,
            @FormParam("intent") String intent) {
        String typedReason = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 400));
        if (!currentAccount.isSignedIn()) {
            return composerPages.signedOut(Composer.edit(
                    page.t("posts.saveEdit"),
                    "/p/" + id + "/edit",
                    page.t("posts.saveEdit"),
                    "/",
                    composerPages.typed(raw),
                    typedReason));
        }
        Account member = currentAccount.require(Role.MEMBER);
        Post post = editor.readable(member, id).orElseThrow(NotFoundException::new);
        Composer composer = composer(post, composerPages.typed(raw), typedReason);
        if (!permissions.canEdit(member, post)) {
            // The topic was closed or the post hidden while this was typed: the text comes back with the reason.
            return composerPages.refused(composer, Refusal.forbidden("posts.edit.forbidden"));
        }
        if (!"publish".equals(intent)) {
            return composerPages.preview(composer, raw);
        }
        try {
            return composerPages.edited(composer, editor.edit(member, id, raw, reason), post.path());
        } catch (org.palabre.web.control.InvalidInput refused) {
            // A watched word or a new account's limit: the form comes back with the reason and the text as typed.
            return Response.status(422)
                    .entity(composerPages.render(composer.withProblems(refused.problems(), refused.argument())))
                    .build();
        } catch (Refusal refusal) {
            return composerPages.refused(composer, refusal);
        }
    }

    /** The same form carrying a file (ComposerForm): the file is attached, then the form goes on as above. */
    @POST
    @Path("{id: [0-9]{1,18}}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response editWithFile(
            @PathParam("id") long id, byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return composerForm.handle(
                body, contentType, (form, raw) -> edit(id, raw, form.field("reason"), form.field("intent")));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/withdraw")
    @Operation(hidden = true)
    public Response withdraw(@PathParam("id") long id) {
        Post post = editor.withdraw(currentAccount.require(Role.MEMBER), id);
        return Response.seeOther(URI.create(post.path())).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/history")
    @Operation(hidden = true)
    public String history(@PathParam("id") long id) {
        Account reader = currentAccount.get().orElse(null);
        Post post = editor.readable(reader, id)
                .filter(p -> permissions.canSeeHistory(reader, p))
                .orElseThrow(NotFoundException::new);
        return pages.render(
                "posts/history.jte", Map.of("post", post, "changes", RevisionDiff.between(editor.revisions(post))));
    }

    private Post editable(Account member, long id) {
        Post post = editor.readable(member, id).orElseThrow(NotFoundException::new);
        if (!permissions.canEdit(member, post)) {
            throw new ForbiddenException("posts.edit.forbidden");
        }
        return post;
    }

    private Composer composer(Post post, String raw, String reason) {
        return Composer.edit(
                page.t("posts.editTitle", post.number(), post.topic().title()),
                "/p/" + post.id() + "/edit",
                page.t("posts.saveEdit"),
                post.path(),
                raw,
                reason);
    }
}
