package org.palabre.live.boundary;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.live.control.LiveScope;

/**
 * One reader's open text/event-stream. Only the dispatcher's thread writes to it (the first write excepted, made
 * before it is registered); a write that fails, as to a reader who went away, closes it and lets it go.
 */
final class LiveStream {

    private static final Logger LOG = Logger.getLogger(LiveStream.class.getName());

    final LiveScope scope;
    final long target;
    final Long accountId;
    final String sessionToken;
    final String client;
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<LiveStream> onClose;
    private volatile boolean closed;

    /**
     * Events sent from the journal when the stream opened: a change committed just before then is in the journal
     * and may still be on its way as a notice, and is not sent twice.
     */
    final Set<Long> replayed = new HashSet<>();

    LiveStream(
            LiveScope scope,
            long target,
            Long accountId,
            String sessionToken,
            String client,
            SseEventSink sink,
            Sse sse,
            Consumer<LiveStream> onClose) {
        this.scope = scope;
        this.target = target;
        this.accountId = accountId;
        this.sessionToken = sessionToken;
        this.client = client;
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
    }

    void send(String name, Long id, String data) {
        OutboundSseEvent.Builder event = sse.newEventBuilder().name(name).data(data);
        if (id != null) {
            event.id(Long.toString(id));
        }
        write(event.build());
    }

    /** A comment line: readers ignore it, proxies see traffic, and a reader who is gone is found out. */
    void heartbeat() {
        write(sse.newEventBuilder().comment("").build());
    }

    /** Tells the page not to come back by itself (it reloads or stays as it is), then ends the stream. */
    void end(String reason) {
        if (!closed) {
            write(sse.newEventBuilder().name("end").data(reason).build());
            close();
        }
    }

    boolean isClosed() {
        return closed || sink.isClosed();
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing a live stream", e);
        }
        onClose.accept(this);
    }

    private void write(OutboundSseEvent event) {
        if (isClosed()) {
            close();
            return;
        }
        try {
            sink.send(event).whenComplete((done, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        } catch (RuntimeException e) {
            close();
        }
    }
}
