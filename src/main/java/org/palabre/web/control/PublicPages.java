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
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.database.control.CacheVersions;
import org.palabre.database.control.DatabaseSettings;
import org.palabre.database.control.PublicWrites;

/**
 * Whole pages as visitors (not signed in) see them, kept as bytes, plain and gzipped, so that serving one again
 * is a copy. A visitor's page depends only on its address, its language and what is stored: any change to what
 * is stored ({@link #changed}, called after every request that may write, and by background work that changes
 * what pages show) makes every kept page stale at once, so an edit, a hidden post, a move or a permission change
 * shows on the very next request. On PostgreSQL, where several servers may share the database, a change also
 * bumps the shared version {@value #SHARED_NAME} in {@link CacheVersions}, and a kept page is shown only while that
 * version is the one it was made at: one primary-key read per page served, so an edit on one server shows on the
 * next page any other server serves. The embedded H2 database has one server, which needs no such read.
 */
@ApplicationScoped
public class PublicPages {

    public record Key(String path, String query, String language) {}

    /** A kept page; its tags are strong ETags, one per encoding (RFC 9110: a representation each). */
    public record Page(
            long generation,
            long sharedVersion,
            String contentType,
            byte[] plain,
            byte[] gzipped,
            String tag,
            String gzipTag) {

        long bytes() {
            return plain.length + gzipped.length + 256L;
        }
    }

    @Inject
    @ConfigProperty(name = "palabre.web.visitor-pages-mb", defaultValue = "32")
    int budgetMegabytes;

    static final String SHARED_NAME = "visitor-pages";

    @Inject
    CacheVersions sharedVersions;

    private final boolean shared = DatabaseSettings.from(ConfigProvider.getConfig(PublicPages.class.getClassLoader()))
            .isPostgreSql();

    private final AtomicLong generation = new AtomicLong();

    /**
     * Every committed write to what visitors see, whichever path made it, makes this server's kept pages stale at
     * once (the commit's own thread, so the next page is made anew). Other servers learn of it through {@link
     * #changed}, which web requests that write and background writers call.
     */
    @jakarta.annotation.PostConstruct
    void listenToWrites() {
        PublicWrites.listen(this::forgetKept);
    }

    private final Map<Key, Page> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    /**
     * What is stored may have changed (the change is committed): no page kept so far, here or on another server,
     * is shown again.
     */
    public void changed() {
        forgetKept();
        if (shared) {
            sharedVersions.changedAfterCommit(SHARED_NAME);
        }
    }

    private void forgetKept() {
        generation.incrementAndGet();
        kept.clear();
        keptBytes.set(0);
    }

    /** Read before making a page: a change while it is made, here or elsewhere, leaves it unkept. */
    public Made madeAt() {
        return new Made(generation.get(), sharedVersion());
    }

    /** When a page was made: this server's generation and the servers' shared version (0 on H2). */
    public record Made(long generation, long sharedVersion) {}

    public Page find(Key key) {
        Page page = kept.get(key);
        if (page == null || page.generation() != generation.get()) {
            return null;
        }
        if (shared && page.sharedVersion() != sharedVersion()) {
            forgetKept(); // another server wrote: everything kept here is older than that
            return null;
        }
        return page;
    }

    private long sharedVersion() {
        return shared ? sharedVersions.current(SHARED_NAME) : 0;
    }

    /** The page made from what was stored at {@code made}, kept if nothing changed since and it fits. */
    public Page keep(Key key, Made made, String contentType, byte[] html) {
        String tag = tagOf(html);
        Page page = new Page(
                made.generation(),
                made.sharedVersion(),
                contentType,
                html,
                gzip(html),
                '"' + tag + '"',
                '"' + tag + "-gz\"");
        if (budgetMegabytes > 0 && made.generation() == generation.get()) {
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
