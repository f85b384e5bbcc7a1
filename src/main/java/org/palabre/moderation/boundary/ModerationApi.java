package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.Profiles;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.ApprovalQueue;
import org.palabre.moderation.control.Approvals;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.moderation.control.PostModeration;
import org.palabre.moderation.control.TopicModeration;
import org.palabre.moderation.control.TopicSplits;
import org.palabre.moderation.control.Trust;
import org.palabre.moderation.entity.TopicAction;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.InvalidInput;

/** The moderators' actions over JSON, with the same checks as the pages (Bearer token or session). */
@Path("api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RequestScoped
@Transactional
public class ModerationApi {

    public record TopicChange(String reason, String category, String title, String scope, Integer seconds) {}

    public record TopicState(
            long id,
            String title,
            String path,
            long categoryId,
            boolean closed,
            boolean archived,
            boolean unlisted,
            String pinned,
            int slowModeSeconds,
            int posts,
            Long mergedInto) {
        static TopicState of(Topic topic) {
            return new TopicState(
                    topic.id(),
                    topic.title(),
                    topic.path(),
                    topic.categoryId(),
                    topic.isClosed(),
                    topic.isArchived(),
                    topic.isUnlisted(),
                    topic.pinned() == null ? null : topic.pinned().name(),
                    topic.slowModeSeconds(),
                    topic.postCount(),
                    topic.mergedIntoId());
        }
    }

    public record Split(List<Integer> posts, String title, String reason) {}

    public record Merge(Long target, String reason) {}

    public record PostChange(String reason, String username) {}

    public record PostState(
            long id, long topicId, int number, String path, String author, boolean deleted, boolean pending) {
        static PostState of(Post post) {
            return new PostState(
                    post.id(),
                    post.topic().id(),
                    post.number(),
                    post.path(),
                    post.author().username(),
                    post.isDeleted(),
                    post.isPending());
        }
    }

    public record HeldJson(
            long postId,
            long topicId,
            String topic,
            int number,
            String author,
            Instant pendingSince,
            String raw,
            long authorPublished) {}

    public record FlaggedJson(long id, long postId, String path, String phrase, Instant createdAt) {}

    public record Queue(List<HeldJson> held, List<FlaggedJson> flagged) {}

    public record Reason(String reason) {}

    public record TrustState(String username, boolean trusted) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    TopicModeration topics;

    @Inject
    TopicSplits splits;

    @Inject
    PostModeration posts;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalQueue queue;

    @Inject
    Trust trust;

    @Inject
    ModerationPermissions permissions;

    @Inject
    Profiles profiles;

    @POST
    @Path("topics/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Act on a topic (moderators of its category): close, reopen, pin (scope CATEGORY or SITE), unpin, "
                            + "archive, unarchive, unlist, relist, move (category slug), retitle (title), slow-mode (seconds, 0 turns it off)")
    public TopicState topic(@PathParam("id") long id, @PathParam("action") String name, TopicChange change) {
        Account actor = currentAccount.require(Role.MEMBER);
        TopicAction action = TopicAction.named(name);
        if (action == null) {
            throw new NotFoundException();
        }
        TopicChange given = change == null ? new TopicChange(null, null, null, null, null) : change;
        return TopicState.of(topics.act(
                actor,
                id,
                action,
                new TopicModeration.Details(
                        given.reason(), given.category(), given.title(), given.scope(), given.seconds())));
    }

    @POST
    @Path("topics/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move some posts (by number, never the first) of a topic into a new topic with this title")
    public TopicState split(@PathParam("id") long id, Split split) {
        Account actor = currentAccount.require(Role.MEMBER);
        Split given = split == null ? new Split(List.of(), null, null) : split;
        return TopicState.of(splits.split(
                actor,
                id,
                new HashSet<>(given.posts() == null ? List.of() : given.posts()),
                given.title(),
                given.reason()));
    }

    @POST
    @Path("topics/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Merge the topic into the target: every post moves, all ordered by time; the topic then leads to the target")
    public TopicState merge(@PathParam("id") long id, Merge merge) {
        Account actor = currentAccount.require(Role.MEMBER);
        if (merge == null || merge.target() == null) {
            throw new InvalidInput(Map.of("target", "moderation.merge.target"));
        }
        return TopicState.of(splits.merge(actor, id, merge.target(), merge.reason()));
    }

    @POST
    @Path("posts/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Act on a post (moderators of its category): delete, restore, author (give it to username)")
    public PostState post(@PathParam("id") long id, @PathParam("action") String action, PostChange change) {
        Account actor = currentAccount.require(Role.MEMBER);
        PostChange given = change == null ? new PostChange(null, null) : change;
        return PostState.of(
                switch (action) {
                    case "delete" -> posts.delete(actor, id, given.reason());
                    case "restore" -> posts.restore(actor, id, given.reason());
                    case "author" -> posts.changeAuthor(actor, id, given.username(), given.reason());
                    default -> throw new NotFoundException();
                });
    }

    @GET
    @Path("approvals")
    @Operation(
            summary =
                    "Posts held for approval (oldest first) and posts flagged by a watched word, in the categories the caller moderates")
    public Queue approvals() {
        Account actor = reviewer();
        return new Queue(
                queue.held(actor).stream()
                        .map(h -> new HeldJson(
                                h.post().id(),
                                h.post().topic().id(),
                                h.post().topic().title(),
                                h.post().number(),
                                h.author().username(),
                                h.post().pendingSince(),
                                h.post().raw(),
                                h.author().published()))
                        .toList(),
                queue.flagged(actor).stream()
                        .map(f -> new FlaggedJson(
                                f.hit().id(),
                                f.post().id(),
                                f.post().path(),
                                f.hit().phrase(),
                                f.hit().createdAt()))
                        .toList());
    }

    @POST
    @Path("approvals/{id}/approve")
    @Operation(summary = "Publish a held post: it shows, and its mentions and watchers are told")
    public PostState approve(@PathParam("id") long id) {
        return PostState.of(approvals.approve(reviewer(), id));
    }

    @POST
    @Path("approvals/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a held post: it is deleted without ever being published")
    public PostState reject(@PathParam("id") long id, Reason reason) {
        return PostState.of(approvals.reject(reviewer(), id, reason == null ? null : reason.reason()));
    }

    @POST
    @Path("approvals/flags/{id}/dismiss")
    @Operation(summary = "Take a watched-word flag off the review list")
    public void dismiss(@PathParam("id") long id) {
        queue.dismiss(reviewer(), id);
    }

    @POST
    @Path("members/{username}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Trust a member ahead of the new-account thresholds (trust), or go back to them (untrust); site moderators")
    public TrustState trust(@PathParam("username") String username, @PathParam("action") String action, Reason reason) {
        Account actor = currentAccount.require(Role.MEMBER);
        ModerationPermissions.require(ModerationPermissions.canChangeTrust(actor));
        Account member = profiles.find(username).orElseThrow(NotFoundException::new);
        String why = reason == null ? null : reason.reason();
        switch (action) {
            case "trust" -> trust.trust(actor, member, why);
            case "untrust" -> trust.removeTrust(actor, member, why);
            default -> throw new NotFoundException();
        }
        return new TrustState(member.username(), "trust".equals(action));
    }

    private Account reviewer() {
        Account actor = currentAccount.require(Role.MEMBER);
        ModerationPermissions.require(permissions.canReview(actor));
        return actor;
    }
}
