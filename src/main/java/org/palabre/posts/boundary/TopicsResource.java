package org.palabre.posts.boundary;

import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.posts.control.MailedPosts;
import org.palabre.posts.control.PostEditor;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.PostPublisher;
import org.palabre.posts.control.Quotes;
import org.palabre.posts.control.TopicPages;
import org.palabre.posts.entity.Post;
import org.palabre.topics.control.ReadingProgress;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/** The topic page in both views, post permalinks, and replying (with quote and preview) without JavaScript. */
@Path("t")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class TopicsResource {

    @Inject
    ComposerForm composerForm;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    TopicPages topicPages;

    @Inject
    PostPermissions permissions;

    @Inject
    PostPublisher publisher;

    @Inject
    PostEditor editor;

    @Inject
    ReadingProgress progress;

    @Inject
    ComposerPages composerPages;

    @Inject
    PageContext page;

    @Inject
    Pages pages;

    @Inject
    Instance<TopicPageSection> sections;

    @Inject
    Instance<MailedPosts> mailedPosts;

    @Inject
    RenderedPosts renderedPosts;

    @Inject
    org.palabre.categories.control.CategoryPermissions categoryPermissions;

    @GET
    @Path("{slug}/{id: [0-9]{1,18}}")
    @Operation(hidden = true)
    public Response topic(
            @PathParam("slug") String slug,
            @PathParam("id") long id,
            @QueryParam("page") Integer pageNumber,
            @QueryParam("view") String view,
            @QueryParam("root") Integer root,
            @QueryParam("size") Integer size,
            @QueryParam("flagged") String flagged,
            @Context UriInfo uri) {
        Account reader = currentAccount.get().orElse(null);
        Topic topic = topicPages.readable(reader, id).orElseThrow(NotFoundException::new);
        if (topic.mergedIntoId() != null) {
            // Merged into another topic: old links, notifications and bookmarks lead to where the posts went.
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(topicPages
                            .readable(reader, topic.mergedIntoId())
                            .map(Topic::path)
                            .orElseThrow(NotFoundException::new)))
                    .build();
        }
        if (!topic.slug().equals(slug)) {
            String query = uri.getRequestUri().getRawQuery();
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(topic.path() + (query == null ? "" : "?" + query)))
                    .build();
        }
        int pageSize = topicPages.pageSize(size);
        int current = pageNumber == null ? 1 : pageNumber;
        boolean moderates = categoryPermissions.canModerate(reader, topic.categoryId());
        Set<Long> mailed =
                moderates && mailedPosts.isResolvable() ? mailedPosts.get().inTopic(topic.id()) : Set.of();
        TopicScreen screen = "tree".equals(view)
                ? new TopicScreen(
                        topic,
                        null,
                        topicPages.tree(reader, topic, root, current, pageSize),
                        reader,
                        permissions.canReply(reader, topic),
                        size,
                        moderates,
                        mailed)
                : new TopicScreen(
                        topic,
                        topicPages.flat(reader, topic, current, pageSize),
                        null,
                        reader,
                        permissions.canReply(reader, topic),
                        size,
                        moderates,
                        mailed);
        if (reader != null) {
            progress.seen(
                    reader,
                    topic.id(),
                    screen.isTree()
                            ? topic.highestNumber()
                            : Math.min(topic.highestNumber(), screen.currentPage() * pageSize));
        }
        Map<String, Object> model = new HashMap<>(Map.of("screen", screen));
        sections.forEach(section -> section.addTo(model, reader, topic, uri.getQueryParameters()));
        model.put("posts", renderedPosts.of(screen));
        model.put("flagged", flagged != null && reader != null);
        Utf8ByteOutput html = pages.renderUtf8("topics/topic.jte", model);
        return Response.ok((StreamingOutput) html::writeTo)
                .header(HttpHeaders.CONTENT_LENGTH, html.getContentLength())
                .build();
    }

    /** A post's lasting address: the page of the flat view that holds it, scrolled to it. */
    @GET
    @Path("{slug}/{id: [0-9]{1,18}}/{number: [0-9]{1,9}}")
    @Operation(hidden = true)
    public Response permalink(
            @PathParam("id") long id,
            @PathParam("number") int number,
            @QueryParam("size") Integer size,
            @QueryParam(ComposerPages.UNNOTIFIED) String unnotifiedAsked) {
        Topic topic = topicPages.readable(currentAccount.get().orElse(null), id).orElseThrow(NotFoundException::new);
        if (topic.mergedIntoId() != null) {
            return Response.status(Response.Status.FOUND)
                    .location(URI.create(topic.path()))
                    .build();
        }
        if (number < 1 || number > topic.highestNumber()) {
            throw new NotFoundException();
        }
        int pageSize = topicPages.pageSize(size);
        int onPage = topicPages.pageOf(number, pageSize);
        String query = (onPage > 1 ? "?page=" + onPage : "")
                + (size != null ? (onPage > 1 ? "&" : "?") + "size=" + pageSize : "");
        if (unnotifiedAsked != null) {
            query += (query.isEmpty() ? "?" : "&") + ComposerPages.UNNOTIFIED + "=" + number;
        }
        return Response.status(Response.Status.FOUND)
                .location(URI.create(topic.path() + query + "#p" + number))
                .build();
    }

    @GET
    @Path("{slug}/{id: [0-9]{1,18}}/reply")
    @Operation(hidden = true)
    public String replyForm(@PathParam("id") long id, @QueryParam("to") Integer to, @QueryParam("quote") String quote) {
        Account author = currentAccount.require(Role.MEMBER);
        Topic topic = topicPages.readable(author, id).orElseThrow(NotFoundException::new);
        if (!permissions.canReply(author, topic)) {
            throw Refusal.forbidden(
                    topic.isArchived() ? "topics.archived" : topic.isClosed() ? "topics.closed" : "topics.forbidden");
        }
        Post parent = to == null ? null : repliedTo(author, topic, to);
        String raw = parent != null && quote != null
                ? Quotes.of(
                        parent.raw(),
                        page.t(
                                "posts.quoteAttribution",
                                parent.author().isDeleted()
                                        ? page.t("posts.deletedUser")
                                        : "@" + parent.author().username()),
                        parent.path())
                : "";
        return composerPages.renderFor(author, replyComposer(topic, parent, raw));
    }

    @POST
    @Path("{slug}/{id: [0-9]{1,18}}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reply(
            @PathParam("slug") String slug,
            @PathParam("id") long id,
            @FormParam("replyTo") Integer replyTo,
            @FormParam("raw") String raw,
            @FormParam("intent") String intent) {
        if (!currentAccount.isSignedIn()) {
            return composerPages.signedOut(Composer.reply(
                    page.t("posts.replyToTopic"),
                    "/t/" + slug + "/" + id + "/reply",
                    page.t("posts.publishReply"),
                    "/",
                    replyTo,
                    null,
                    composerPages.typed(raw)));
        }
        Account author = currentAccount.require(Role.MEMBER);
        Topic topic = topicPages.readable(author, id).orElseThrow(NotFoundException::new);
        Post parent =
                replyTo == null ? null : editor.numbered(author, topic, replyTo).orElse(null);
        Composer composer = replyComposer(topic, parent, composerPages.typed(raw));
        if (replyTo != null && parent == null) {
            // The post replied to went away while this was typed: the text comes back, as a reply to the topic.
            return Response.status(422)
                    .entity(composerPages.render(composer.withNotice(page.t("posts.replyTo.unknown"), false)))
                    .build();
        }
        if (!"publish".equals(intent)) {
            return composerPages.preview(composer, raw);
        }
        return composerPages.publish(
                composer, () -> publisher.reply(author, topic.id(), parent == null ? null : parent.number(), raw));
    }

    /** The same form carrying a file (ComposerForm): the file is attached, then the form goes on as above. */
    @POST
    @Path("{slug}/{id: [0-9]{1,18}}/reply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response replyWithFile(
            @PathParam("slug") String slug,
            @PathParam("id") long id,
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return composerForm.handle(body, contentType, (form, raw) -> {
            String replyTo = form.field("replyTo");
            return reply(
                    slug,
                    id,
                    replyTo == null || !replyTo.matches("[0-9]{1,9}") ? null : Integer.valueOf(replyTo),
                    raw,
                    form.field("intent"));
        });
    }

    private Post repliedTo(Account reader, Topic topic, int number) {
        return editor.numbered(reader, topic, number).orElseThrow(NotFoundException::new);
    }

    private Composer replyComposer(Topic topic, Post parent, String raw) {
        String label = parent == null
                ? null
                : page.t(
                        "posts.replyingTo",
                        parent.author().isDeleted()
                                ? page.t("posts.deletedUser")
                                : parent.author().username(),
                        parent.number());
        return Composer.reply(
                page.t("posts.replyTitle", topic.title()),
                topic.path() + "/reply",
                page.t("posts.publishReply"),
                parent == null ? topic.path() : parent.path(),
                parent == null ? null : parent.number(),
                label,
                raw);
    }
}
