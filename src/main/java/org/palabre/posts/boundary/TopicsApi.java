package org.palabre.posts.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.Categories;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.PostPublisher;
import org.palabre.posts.control.TopicListings;
import org.palabre.posts.control.TopicPages;
import org.palabre.posts.control.TopicSummary;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.InvalidInput;

/** Topics over JSON: the latest list, a topic with a page of its posts, starting topics and replying. */
@Path("api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
@RequestScoped
@Transactional
public class TopicsApi {

    public record TopicJson(
            long id,
            String title,
            String slug,
            String path,
            long categoryId,
            String author,
            Instant createdAt,
            Instant lastPostedAt,
            int replies,
            List<String> participants,
            Integer unread,
            boolean pinned,
            boolean closed,
            boolean archived) {
        public static TopicJson of(TopicSummary topic) {
            return new TopicJson(
                    topic.id(),
                    topic.title(),
                    topic.slug(),
                    topic.path(),
                    topic.categoryId(),
                    topic.author(),
                    topic.createdAt(),
                    topic.lastPostedAt(),
                    topic.replyCount(),
                    topic.participants(),
                    topic.unread() < 0 ? null : topic.unread(),
                    topic.pinned(),
                    topic.closed(),
                    topic.archived());
        }
    }

    public record Latest(List<TopicJson> topics, int page, boolean hasNext) {}

    public record TopicDetail(
            long id,
            String title,
            String slug,
            String path,
            String category,
            int posts,
            List<PostsApi.PostJson> page,
            int pageNumber,
            int pages,
            boolean canReply) {}

    public record NewTopic(String category, String title, String raw) {}

    public record NewReply(String raw, Integer replyTo) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    TopicListings listings;

    @Inject
    TopicPages topicPages;

    @Inject
    PostPermissions permissions;

    @Inject
    PostPublisher publisher;

    @GET
    @Operation(summary = "Latest topics of the categories the caller may read (30 per page)")
    public Latest latest(@QueryParam("page") Integer page) {
        TopicListings.Listing listing =
                listings.latest(currentAccount.get().orElse(null), null, page == null ? 1 : page);
        return new Latest(listing.topics().stream().map(TopicJson::of).toList(), listing.page(), listing.hasNext());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A topic and one page of its posts in time order (size up to 200)")
    public TopicDetail topic(
            @PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Account reader = currentAccount.get().orElse(null);
        Topic topic = topicPages.readable(reader, id).orElseThrow(NotFoundException::new);
        TopicPages.Flat flat = topicPages.flat(reader, topic, page == null ? 1 : page, topicPages.pageSize(size));
        return new TopicDetail(
                topic.id(),
                topic.title(),
                topic.slug(),
                topic.path(),
                topic.category().slug(),
                topic.postCount(),
                flat.posts().stream().map(p -> PostsApi.PostJson.of(topic, p)).toList(),
                flat.page(),
                flat.pages(),
                permissions.canReply(reader, topic));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a topic in a category (by slug) with its first post")
    public Response create(NewTopic form) {
        Account author = currentAccount.require(Role.MEMBER);
        NewTopic given = form == null ? new NewTopic(null, null, null) : form;
        Category category = categories
                .readable(author, given.category() == null ? "" : given.category())
                .orElseThrow(() -> new InvalidInput(java.util.Map.of("category", "topics.category.invalid")));
        PostPublisher.Published published = publisher.startTopic(author, category, given.title(), given.raw());
        if (published.refused()) {
            throw new InvalidInput(published.problems(), published.argument());
        }
        return Response.status(Response.Status.CREATED)
                .entity(topic(published.post().topic().id(), 1, null))
                .build();
    }

    @POST
    @Path("{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to a topic, or to one of its posts by number (replyTo)")
    public Response reply(@PathParam("id") long id, NewReply form) {
        Account author = currentAccount.require(Role.MEMBER);
        NewReply given = form == null ? new NewReply(null, null) : form;
        PostPublisher.Published published = publisher.reply(author, id, given.replyTo(), given.raw());
        if (published.refused()) {
            throw new InvalidInput(published.problems(), published.argument());
        }
        return Response.status(Response.Status.CREATED)
                .entity(PostsApi.PostJson.of(published.post()))
                .build();
    }
}
