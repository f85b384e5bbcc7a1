package org.palabre.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whole pages as visitors (not signed in) see them, kept as bytes, plain and gzipped, so that serving one again
 * is a copy. A visitor's page depends only on its address, its language and what is stored: any change to what
 * is stored ({@link #changed}, called after every request that may write, and by background work that changes
 * what pages show) makes every kept page stale at once, so an edit, a hidden post, a move or a permission change
 * shows on the very next request. Kept by this server only: servers sharing one database do not tell each other.
 */
@ApplicationScoped
public class PublicPages {

    public record Key(String path, String query, String language) {}

    /** A kept page; its tags are strong ETags, one per encoding (RFC 9110: a representation each). */
    public record Page(long generation, String contentType, byte[] plain, byte[] gzipped, String tag, String gzipTag) {

        long bytes() {
            return plain.length + gzipped.length + 256L;
        }
    }

    @Inject
    @ConfigProperty(name = "palabre.web.visitor-pages-mb", defaultValue = "32")
    int budgetMegabytes;

    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Page> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    /** What is stored may have changed: no page kept so far is shown again. */
    public void changed() {
        generation.incrementAndGet();
        kept.clear();
        keptBytes.set(0);
    }

    /** Read before making a page: a change while it is made leaves it unkept. */
    public long generation() {
        return generation.get();
    }

    public Page find(Key key) {
        Page page = kept.get(key);
        return page != null && page.generation() == generation.get() ? page : null;
    }

    /** The page made from what was stored at {@code madeAt}, kept if nothing changed since and it fits. */
    public Page keep(Key key, long madeAt, String contentType, byte[] html) {
        String tag = tagOf(html);
        Page page = new Page(madeAt, contentType, html, gzip(html), '"' + tag + '"', '"' + tag + "-gz\"");
        if (budgetMegabytes > 0 && madeAt == generation.get()) {
            Page replaced = kept.put(key, page);
            long total = keptBytes.addAndGet(page.bytes() - (replaced == null ? 0 : replaced.bytes()));
            // Over budget: the oldest-made pages are not known cheaply, any pages go; they are made again on demand.
            Iterator<Page> pages = kept.values().iterator();
            while (total > budgetMegabytes * 1024L * 1024L && pages.hasNext()) {
                total = keptBytes.addAndGet(-pages.next().bytes());
                pages.remove();
            }
        }
        return page;
    }

    private static String tagOf(byte[] html) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] gzip(byte[] html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
