package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.control.PostEditor;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.PostView;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostRevision;
import org.palabre.security.control.RateLimits;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.InvalidInput;

/** Posts over JSON: read one, edit it, withdraw it, read its revisions, and preview markdown. */
@Path("api/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
@RequestScoped
@Transactional
public class PostsApi {

    private static final String DELETED_USER = null;

    /**
     * author is null for a deleted account; raw and cooked are null for a withdrawn or deleted post (except for
     * moderators) and for a post hidden pending review (except for its moderators and its author). pending: held for
     * approval, which only its author and moderators ever see.
     */
    public record PostJson(
            long id,
            long topicId,
            int number,
            String path,
            String author,
            Instant createdAt,
            Instant editedAt,
            int revisions,
            Integer replyTo,
            boolean withdrawn,
            boolean hidden,
            String raw,
            String cooked,
            boolean deleted,
            boolean pending) {

        public static PostJson of(Topic topic, PostView post) {
            return new PostJson(
                    post.id(),
                    topic.id(),
                    post.number(),
                    topic.path() + "/" + post.number(),
                    post.byDeletedAccount() ? DELETED_USER : post.authorUsername(),
                    post.createdAt(),
                    post.editedAt(),
                    post.revisionCount(),
                    post.replyToNumber(),
                    post.isWithdrawn(),
                    post.isHidden(),
                    null,
                    (post.isWithdrawn() || post.isDeleted() || post.isHidden())
                                    && post.cooked().isEmpty()
                            ? null
                            : post.cooked(),
                    post.isDeleted(),
                    post.isPending());
        }

        public static PostJson of(Post post) {
            return of(post, true);
        }

        static PostJson of(Post post, boolean content) {
            return new PostJson(
                    post.id(),
                    post.topic().id(),
                    post.number(),
                    post.path(),
                    post.author().isDeleted() ? DELETED_USER : post.author().username(),
                    post.createdAt(),
                    post.editedAt(),
                    post.revisionCount(),
                    post.replyToNumber(),
                    post.isWithdrawn(),
                    post.isHidden(),
                    content ? post.raw() : null,
                    content ? post.cooked() : null,
                    post.isDeleted(),
                    post.isPending());
        }
    }

    public record RevisionJson(int number, String editor, Instant createdAt, String reason, String raw) {}

    public record Edit(String raw, String reason) {}

    public record Markdown(String raw) {}

    public record Preview(String cooked) {}

    private static final RateLimits.Limit PREVIEWS =
            new RateLimits.Limit("preview", 60, java.time.Duration.ofMinutes(1));

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PostEditor editor;

    @Inject
    org.palabre.markdown.control.ProxiedImages proxiedImages;

    @Inject
    PostPermissions permissions;

    @Inject
    PostContent content;

    @Inject
    RateLimits rateLimits;

    @GET
    @Path("{id}")
    @Operation(summary = "A post, with its markdown and HTML")
    public PostJson post(@PathParam("id") long id) {
        Account reader = currentAccount.get().orElse(null);
        Post post = editor.readable(reader, id).orElseThrow(NotFoundException::new);
        return PostJson.of(post, permissions.canSeeContent(reader, post));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a post (its author, or a moderator); the previous version is kept as a revision")
    public PostJson edit(@PathParam("id") long id, Edit form) {
        Account member = currentAccount.require(Role.MEMBER);
        Edit given = form == null ? new Edit(null, null) : form;
        Map<String, String> problems = editor.edit(member, id, given.raw(), given.reason());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems, content.maxLength());
        }
        return post(id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a post (its author, or a moderator): it stays in place, marked withdrawn")
    public PostJson withdraw(@PathParam("id") long id) {
        editor.withdraw(currentAccount.require(Role.MEMBER), id);
        return post(id);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every version of a post, the first included, oldest first")
    public List<RevisionJson> revisions(@PathParam("id") long id) {
        Account reader = currentAccount.get().orElse(null);
        Post post = editor.readable(reader, id)
                .filter(p -> permissions.canSeeHistory(reader, p))
                .orElseThrow(NotFoundException::new);
        return editor.revisions(post).stream().map(PostsApi::json).toList();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The HTML a post with this markdown would show (signed-in members)")
    public Preview preview(Markdown markdown) {
        Account member = currentAccount.require(Role.MEMBER);
        rateLimits.take(PREVIEWS, member.id().toString());
        PostContent.Outcome outcome = content.cook(markdown == null ? null : markdown.raw(), member);
        if (outcome.refused()) {
            throw new InvalidInput(Map.of("raw", outcome.problem()), outcome.argument());
        }
        return new Preview(proxiedImages.shown(outcome.cooked().html())); // as the page will show it
    }

    private static RevisionJson json(PostRevision revision) {
        return new RevisionJson(
                revision.number(),
                revision.editor().isDeleted() ? DELETED_USER : revision.editor().username(),
                revision.createdAt(),
                revision.reason(),
                revision.raw());
    }
}
