package org.palabre.uploads.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.web.control.InvalidInput;

/**
 * Images from other sites, fetched by the server for readers: through {@link RemoteImages} (public addresses only,
 * bounded in time and size, images by their content), re-encoded like an upload (new pixels, no metadata), stored
 * under their sha256 and kept ({@link RemoteImageCache}). Readers asking at once for an image not kept yet share
 * one fetch.
 *
 * <p>{@code palabre.uploads.remote-test-addresses} lists literal IP addresses the fetcher may also reach (the test
 * suite serves images from 127.0.0.2). Empty by default and in production: set, it opens those addresses to anyone
 * who can write a post.
 */
@ApplicationScoped
public class ImageProxy {

    private static final Logger LOG = Logger.getLogger(ImageProxy.class.getName());

    @Inject
    RemoteImageCache cache;

    @Inject
    StoredFiles files;

    @Inject
    UploadLimits limits;

    @Inject
    @ConfigProperty(name = "palabre.uploads.remote-max-mb", defaultValue = "5")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "palabre.uploads.remote-timeout-seconds", defaultValue = "5")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "palabre.uploads.remote-test-addresses")
    Optional<String> testAddresses; // a comma-separated String: Payara cannot inject Optional<List<String>>

    private RemoteImages remote;

    private final Map<String, CompletableFuture<RemoteImageCache.Entry>> inFlight = new ConcurrentHashMap<>();

    @PostConstruct
    void prepare() {
        Set<InetAddress> alsoAllowed = Arrays.stream(testAddresses.orElse("").split(","))
                .map(String::strip)
                .filter(a -> a.matches("[0-9.]+|[0-9A-Fa-f:]+"))
                .map(ImageProxy::literal)
                .collect(Collectors.toUnmodifiableSet());
        if (!alsoAllowed.isEmpty()) {
            LOG.warning("The image proxy may also fetch from " + alsoAllowed
                    + " (palabre.uploads.remote-test-addresses): for tests only");
        }
        remote = new RemoteImages(
                InetAddress::getAllByName,
                address -> PublicAddresses.isPublic(address) || alsoAllowed.contains(address),
                maxMegabytes * 1024 * 1024,
                timeoutSeconds * 1000);
    }

    /** The kept image for the address, fetched when none is fresh; {@code beforeFetching} may refuse (rate limit). */
    public RemoteImageCache.Entry of(URI address, Runnable beforeFetching) {
        String key = Uploads.sha256(address.toString().getBytes(StandardCharsets.UTF_8));
        Optional<RemoteImageCache.Entry> kept = cache.fresh(key, Instant.now());
        if (kept.isPresent()) {
            return kept.get();
        }
        CompletableFuture<RemoteImageCache.Entry> mine = new CompletableFuture<>();
        CompletableFuture<RemoteImageCache.Entry> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            beforeFetching.run();
            RemoteImageCache.Entry fetched = fetch(address);
            cache.keep(key, fetched);
            mine.complete(fetched);
            return fetched;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private RemoteImageCache.Entry fetch(URI address) {
        byte[] sent;
        try {
            sent = remote.fetch(address);
        } catch (RemoteImages.Refused refused) {
            LOG.fine(() -> "Image proxy refused " + address.getHost() + ": " + refused.getMessage());
            return RemoteImageCache.Entry.failed(refused.getMessage());
        }
        FileKind kind = FileKind.of(sent).map(FileKind.Detected::kind).orElseThrow();
        ImageReencoder.Encoded encoded;
        try {
            encoded = new ImageReencoder(limits.maxPixels()).reencode(sent, kind, limits.imageMaxSide());
        } catch (InvalidInput unreadable) {
            return RemoteImageCache.Entry.failed("unreadable image");
        }
        String sha = Uploads.sha256(encoded.bytes());
        try {
            files.put(sha, encoded.bytes());
        } catch (IOException e) {
            return RemoteImageCache.Entry.failed("not stored: " + e.getClass().getSimpleName());
        }
        return new RemoteImageCache.Entry(sha, encoded.mediaType(), null, Instant.now());
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + address, e);
        }
    }
}
