package org.palabre.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A text/event-stream read as a browser's EventSource reads it (fields id, event and data; comments skipped), on
 * a thread of its own, so a test waits for the next event with a time limit.
 */
public final class EventStream implements AutoCloseable {

    public record Event(String id, String name, String data) {}

    private static final Event ENDED = new Event(null, "(ended)", null);

    public final int status;
    public final String contentType;
    private final Stream<String> lines;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.lines = response.body();
        if (status == 200) {
            Thread reader = new Thread(this::read, "event-stream");
            reader.setDaemon(true);
            reader.start();
        } else {
            lines.close();
        }
    }

    public static EventStream open(WebClient client, String path) {
        return open(client, path, null);
    }

    public static EventStream open(WebClient client, String path, String lastEventId) {
        var request = client.request(path).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new EventStream(client.lines(request.GET().build()));
    }

    /** The next event, or null if none came in time; {@link #ended} tells whether the server closed the stream. */
    public Event next(Duration within) throws InterruptedException {
        Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == ENDED) {
            events.add(ENDED); // stays ended for later calls
        }
        return event;
    }

    /** Every event that comes within the time, until the stream ends. */
    public List<Event> during(Duration time) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        long until = System.nanoTime() + time.toNanos();
        for (long left = time.toMillis(); left > 0; left = (until - System.nanoTime()) / 1_000_000) {
            Event event = next(Duration.ofMillis(left));
            if (event == null || event == ENDED) {
                break;
            }
            seen.add(event);
        }
        return seen;
    }

    public static boolean ended(Event event) {
        return event == ENDED;
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try {
            for (var line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n'))
                            .append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException closed) {
            // closed by the test or by the server
        } finally {
            events.add(ENDED);
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
