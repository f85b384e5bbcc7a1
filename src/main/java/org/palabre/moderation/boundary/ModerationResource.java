package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.Profiles;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.moderation.control.PostModeration;
import org.palabre.moderation.control.TopicModeration;
import org.palabre.moderation.control.TopicSplits;
import org.palabre.moderation.control.Trust;
import org.palabre.moderation.entity.TopicAction;
import org.palabre.posts.control.TopicPages;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;

/** The moderators' forms, from the topic page's moderation menu, each post's actions and members' profiles. */
@Path("moderation")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class ModerationResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    TopicModeration topics;

    @Inject
    PostModeration posts;

    @Inject
    TopicSplits splits;

    @Inject
    Trust trust;

    @Inject
    ModerationPermissions permissions;

    @Inject
    TopicPages topicPages;

    @Inject
    Profiles profiles;

    @Inject
    Pages pages;

    @Inject
    PageContext page;

    @POST
    @Path("topics/{id: [0-9]{1,18}}/{action: [a-z-]{1,20}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response topicAction(
            @PathParam("id") long id,
            @PathParam("action") String name,
            @FormParam("reason") String reason,
            @FormParam("category") String category,
            @FormParam("title") String title,
            @FormParam("scope") String scope,
            @FormParam("seconds") String seconds) {
        Account actor = currentAccount.require(Role.MEMBER);
        TopicAction action = TopicAction.named(name);
        if (action == null) {
            throw new NotFoundException();
        }
        return done(() -> topics.act(
                        actor, id, action, new TopicModeration.Details(reason, category, title, scope, number(seconds)))
                .path());
    }

    /** The split form: each post of the topic with a box to tick, and the new topic's title. */
    @GET
    @Path("topics/{id: [0-9]{1,18}}/split")
    @Operation(hidden = true)
    public String splitForm(@PathParam("id") long id) {
        Account actor = currentAccount.require(Role.MEMBER);
        Topic topic = topicPages.readable(actor, id).orElseThrow(NotFoundException::new);
        permissions.requireModerator(actor, topic);
        return pages.render(
                "moderation/split.jte",
                Map.of(
                        "topic",
                        topic,
                        "posts",
                        topicPages
                                .flat(actor, topic, 1, TopicPages.MAX_PAGE_SIZE)
                                .posts()));
    }

    @POST
    @Path("topics/{id: [0-9]{1,18}}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response split(
            @PathParam("id") long id,
            @FormParam("post") List<Integer> numbers,
            @FormParam("title") String title,
            @FormParam("reason") String reason) {
        Account actor = currentAccount.require(Role.MEMBER);
        return done(() ->
                splits.split(actor, id, new HashSet<>(numbers), title, reason).path());
    }

    @POST
    @Path("posts/{id: [0-9]{1,18}}/{action: delete|restore|author}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response postAction(
            @PathParam("id") long id,
            @PathParam("action") String action,
            @FormParam("reason") String reason,
            @FormParam("username") String username) {
        Account actor = currentAccount.require(Role.MEMBER);
        return done(() -> {
            Post post = switch (action) {
                case "delete" -> posts.delete(actor, id, reason);
                case "restore" -> posts.restore(actor, id, reason);
                default -> posts.changeAuthor(actor, id, username, reason);
            };
            return post.path();
        });
    }

    /** Goes to where the action leads; a refused value comes back as a page that says what is wrong. */
    private Response done(java.util.function.Supplier<String> action) {
        try {
            return Response.seeOther(URI.create(action.get())).build();
        } catch (InvalidInput refused) {
            String key = refused.problems().values().iterator().next();
            String text = refused.argument() == null ? page.t(key) : page.t(key, refused.argument());
            return Response.status(422)
                    .entity(pages.render("site/notice.jte", Map.of("title", page.t("error.title.422"), "text", text)))
                    .build();
        }
    }

    /** A number typed in a form (a topic's number, seconds), or null when blank or not a number. */
    static Integer number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @POST
    @Path("members/{username}/{action: trust|untrust}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response trust(
            @PathParam("username") String username,
            @PathParam("action") String action,
            @FormParam("reason") String reason) {
        Account actor = currentAccount.require(Role.MEMBER);
        ModerationPermissions.require(ModerationPermissions.canChangeTrust(actor));
        Account member = profiles.find(username).orElseThrow(NotFoundException::new);
        if ("trust".equals(action)) {
            trust.trust(actor, member, reason);
        } else {
            trust.removeTrust(actor, member, reason);
        }
        return Response.seeOther(URI.create("/u/" + URLEncoder.encode(member.username(), StandardCharsets.UTF_8)))
                .build();
    }
}
