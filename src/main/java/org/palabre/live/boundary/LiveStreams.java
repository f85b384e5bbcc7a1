package org.palabre.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.live.control.LiveScope;

/**
 * The streams open on this server, by what they follow, within two bounds: per client address (one person's tabs,
 * or one household behind one address) and for the whole server (each stream holds a socket and a little memory,
 * no thread). Past a bound the page is refused one and works as it does without JavaScript.
 */
@ApplicationScoped
public class LiveStreams {

    /** Why a stream was refused. */
    enum Refused {
        CLIENT,
        SERVER
    }

    @Inject
    @ConfigProperty(name = "palabre.live.max-per-client", defaultValue = "16")
    int maxPerClient;

    @Inject
    @ConfigProperty(name = "palabre.live.max-connections", defaultValue = "5000")
    int maxConnections;

    private final Map<LiveScope, Map<Long, Set<LiveStream>>> following = new ConcurrentHashMap<>();
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    private int open;

    /** Counts the stream in, or says which bound it would pass. */
    synchronized Refused admit(String client) {
        if (open >= maxConnections) {
            return Refused.SERVER;
        }
        if (perClient.getOrDefault(client, 0) >= maxPerClient) {
            return Refused.CLIENT;
        }
        open++;
        perClient.merge(client, 1, Integer::sum);
        return null;
    }

    void add(LiveStream stream) {
        following
                .computeIfAbsent(stream.scope, scope -> new ConcurrentHashMap<>())
                .computeIfAbsent(stream.target, target -> ConcurrentHashMap.newKeySet())
                .add(stream);
    }

    /** Called once per admitted stream when it closes. */
    void remove(LiveStream stream) {
        Map<Long, Set<LiveStream>> byTarget = following.get(stream.scope);
        if (byTarget != null) {
            byTarget.computeIfPresent(stream.target, (target, streams) -> {
                streams.remove(stream);
                return streams.isEmpty() ? null : streams;
            });
        }
        synchronized (this) {
            open--;
            perClient.computeIfPresent(stream.client, (client, count) -> count > 1 ? count - 1 : null);
        }
    }

    Set<LiveStream> following(LiveScope scope, long target) {
        Map<Long, Set<LiveStream>> byTarget = following.get(scope);
        Set<LiveStream> streams = byTarget == null ? null : byTarget.get(target);
        return streams == null ? Set.of() : streams;
    }

    List<LiveStream> all() {
        List<LiveStream> all = new ArrayList<>();
        following.values().forEach(byTarget -> byTarget.values().forEach(all::addAll));
        return all;
    }

    synchronized int open() {
        return open;
    }
}
