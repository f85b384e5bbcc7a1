package org.palabre.live.boundary;

import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.live.control.LiveScope;
import org.palabre.posts.boundary.TopicScreen;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.TopicPages;
import org.palabre.security.control.TooManyRequests;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/**
 * The event streams live pages open (text/event-stream; asynchronous: a stream holds no thread), and the posts
 * fragment a topic page fetches when told of a post. A stream is opened only to a reader who may read what it
 * follows, and each event it then carries is decided for that reader when it is sent (LiveAudience).
 */
@Path("live")
@RequestScoped
@Transactional
public class LiveResource {

    private static final int RETRY_SECONDS = 60;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    TopicPages topicPages;

    @Inject
    PostPermissions permissions;

    @Inject
    CategoryPermissions categories;

    @Inject
    Pages pages;

    @Inject
    LiveStreams streams;

    @Inject
    LiveDispatcher dispatcher;

    @Context
    HttpServletRequest request;

    @GET
    @Path("topics/{id: [0-9]{1,18}}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void topic(
            @PathParam("id") long id,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        Account reader = currentAccount.get().orElse(null);
        topicPages.readable(reader, id).orElseThrow(NotFoundException::new);
        open(LiveScope.TOPIC, id, reader, lastEventId, sink, sse);
    }

    @GET
    @Path("categories/{id: [0-9]{1,18}}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void category(
            @PathParam("id") long id,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        Account reader = currentAccount.get().orElse(null);
        if (!categories.canRead(reader, id)) {
            throw new NotFoundException();
        }
        open(LiveScope.CATEGORY, id, reader, lastEventId, sink, sse);
    }

    /** The signed-in member's unread count, sent at once and whenever a notification for them is written. */
    @GET
    @Path("notifications")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void notifications(@Context SseEventSink sink, @Context Sse sse) {
        Account member = currentAccount.get().orElseThrow(NotFoundException::new);
        open(LiveScope.NOTIFICATIONS, 0, member, null, sink, sse);
    }

    /** Chosen posts of a topic as its page shows them to this reader, for a live page to put in place. */
    @GET
    @Path("topics/{id: [0-9]{1,18}}/posts")
    @Produces("text/html;charset=UTF-8")
    @Operation(hidden = true)
    public Response posts(@PathParam("id") long id, @QueryParam("ids") String ids) {
        Account reader = currentAccount.get().orElse(null);
        Topic topic = topicPages.readable(reader, id).orElseThrow(NotFoundException::new);
        List<Long> chosen = ids == null
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .limit(TopicPages.MAX_PAGE_SIZE)
                        .filter(part -> part.matches("[0-9]{1,18}"))
                        .map(Long::valueOf)
                        .toList();
        TopicScreen screen = new TopicScreen(
                topic,
                topicPages.chosen(reader, topic, chosen),
                null,
                reader,
                permissions.canReply(reader, topic),
                null,
                categories.canModerate(reader, topic.categoryId()));
        Utf8ByteOutput html = pages.renderUtf8("topics/posts.jte", Map.of("screen", screen));
        return Response.ok((StreamingOutput) html::writeTo)
                .header(HttpHeaders.CONTENT_LENGTH, html.getContentLength())
                .build();
    }

    private void open(LiveScope scope, long target, Account reader, String lastEventId, SseEventSink sink, Sse sse) {
        String client = request.getRemoteAddr();
        LiveStreams.Refused refused = streams.admit(client);
        if (refused == LiveStreams.Refused.CLIENT) {
            throw new TooManyRequests(RETRY_SECONDS);
        }
        if (refused == LiveStreams.Refused.SERVER) {
            throw new Refusal(503, "live.full");
        }
        LiveStream stream = new LiveStream(
                scope,
                target,
                reader == null ? null : reader.id(),
                reader == null ? null : currentAccount.sessionToken(),
                client,
                sink,
                sse,
                streams::remove);
        // Opens the response at once (a proxy or a browser then knows the stream is up) and says how soon to retry.
        sink.send(sse.newEventBuilder().comment("").reconnectDelay(3000).build());
        dispatcher.opened(stream, parse(lastEventId));
    }

    private static Long parse(String lastEventId) {
        return lastEventId != null && lastEventId.matches("[0-9]{1,18}") ? Long.valueOf(lastEventId) : null;
    }
}
