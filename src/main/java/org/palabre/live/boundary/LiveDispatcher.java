package org.palabre.live.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.database.control.DatabaseNoticeReceived;
import org.palabre.database.control.DatabaseNotices;
import org.palabre.live.control.LiveAudience;
import org.palabre.live.control.LiveJournal;
import org.palabre.live.control.LiveScope;
import org.palabre.live.entity.LiveChange;

/**
 * The one thread that writes to this server's live streams. Notices (from this server or another), heartbeats and
 * first sends of reconnecting readers queue up here and are done in order, so a stream is never written by two
 * threads and a slow reader delays only the queue, never a request.
 */
@ApplicationScoped
public class LiveDispatcher {

    private static final Logger LOG = Logger.getLogger(LiveDispatcher.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseNotices notices;

    @Inject
    LiveStreams streams;

    @Inject
    LiveAudience audience;

    @Inject
    LiveJournal journal;

    @Inject
    LiveMessages messages;

    @Inject
    @ConfigProperty(name = "palabre.live.heartbeat-seconds", defaultValue = "20")
    int heartbeatSeconds;

    /** With the default heartbeat, every five minutes. */
    static final int RECHECK_EVERY_BEATS = 15;

    private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private long beats;
    private ScheduledFuture<?> heartbeats;
    private ScheduledFuture<?> pruning;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        notices.listen(LiveJournal.CHANNEL);
        threads.newThread(this::dispatch).start();
        heartbeats = scheduler.scheduleWithFixedDelay(
                () -> work.add(this::beat), heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
        pruning = scheduler.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (heartbeats != null) {
            heartbeats.cancel(false);
            pruning.cancel(false);
        }
        work.add(() -> streams.all().forEach(LiveStream::close));
    }

    void received(@Observes DatabaseNoticeReceived notice) {
        if (LiveJournal.CHANNEL.equals(notice.channel())) {
            LiveChange change = LiveChange.fromJson(notice.payload());
            work.add(() -> tell(change));
        }
    }

    /** Queues a stream's first sends (what it missed, a count) behind what is already queued, then opens it. */
    void opened(LiveStream stream, Long lastEventId) {
        work.add(() -> {
            streams.add(stream);
            if (stream.scope == LiveScope.NOTIFICATIONS) {
                stream.send("count", null, messages.count(audience.unread(stream.accountId)));
            } else if (lastEventId != null) {
                audience.missed(stream.scope, stream.target, stream.accountId, lastEventId)
                        .forEach(told -> {
                            send(stream, told);
                            stream.replayed.add(told.change().eventId());
                        });
            }
        });
    }

    private void dispatch() {
        while (running) {
            try {
                work.take().run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A live update could not be sent", e);
            }
        }
    }

    private void tell(LiveChange change) {
        switch (change.kind()) {
            case PUBLISHED, EDITED, HIDDEN -> tellPost(streams.following(LiveScope.TOPIC, change.topicId()), change);
            case STARTED -> tellPost(streams.following(LiveScope.CATEGORY, change.categoryId()), change);
            case NOTIFIED -> tellCounts(change.postId());
            case RECHECK -> recheck(change.accountId());
        }
    }

    private void tellPost(Set<LiveStream> readers, LiveChange change) {
        if (readers.isEmpty()) {
            return;
        }
        List<LiveStream> open = List.copyOf(readers);
        Set<Long> members = new HashSet<>();
        boolean visitors = false;
        for (LiveStream stream : open) {
            if (stream.accountId == null) {
                visitors = true;
            } else {
                members.add(stream.accountId);
            }
        }
        audience.of(change, visitors, members).ifPresent(told -> open.forEach(stream -> send(stream, told)));
    }

    private void send(LiveStream stream, LiveAudience.Told told) {
        boolean mayBeTold =
                stream.accountId == null ? told.visitors() : told.members().contains(stream.accountId);
        if (mayBeTold && !stream.replayed.contains(told.change().eventId())) {
            stream.send(
                    stream.scope == LiveScope.CATEGORY ? "topic" : "post",
                    told.change().eventId(),
                    messages.post(told));
        }
    }

    private void tellCounts(long postId) {
        Set<Long> members = new HashSet<>();
        streams.following(LiveScope.NOTIFICATIONS, 0).forEach(stream -> members.add(stream.accountId));
        audience.unreadOfNotified(postId, members)
                .forEach((member, unread) -> streams.following(LiveScope.NOTIFICATIONS, 0).stream()
                        .filter(stream -> member.equals(stream.accountId))
                        .forEach(stream -> stream.send("count", null, messages.count(unread))));
    }

    /** Ends the streams whose reader may no longer have them: signed out, suspended, or no longer a reader there. */
    private void recheck(long accountId) {
        Map<List<Object>, Boolean> answers = new HashMap<>();
        for (LiveStream stream : streams.all()) {
            if (accountId != 0 && !Long.valueOf(accountId).equals(stream.accountId)) {
                continue;
            }
            // Visitors of one topic share one answer; a member's depends on the session too.
            List<Object> asked = Arrays.asList(stream.scope, stream.target, stream.accountId, stream.sessionToken);
            if (!answers.computeIfAbsent(
                    asked,
                    key -> audience.mayStay(stream.scope, stream.target, stream.accountId, stream.sessionToken))) {
                stream.end("gone");
            }
        }
    }

    private void beat() {
        streams.all().forEach(LiveStream::heartbeat);
        // Sessions also end by running out, which no event says: every so often each stream is checked anew.
        if (++beats % RECHECK_EVERY_BEATS == 0) {
            recheck(0);
        }
    }

    private void prune() {
        try {
            journal.prune();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Pruning the live journal failed; the next hour tries again", e);
        }
    }
}
