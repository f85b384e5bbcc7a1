package org.palabre.posts.boundary;

import gg.jte.Content;
import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.markdown.control.ProxiedImages;
import org.palabre.posts.control.PostView;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;

/**
 * The posts of a topic page as HTML. Rendering them is most of the cost of a long topic, and most readers
 * are visitors who are not signed in: what a visitor sees of a page of the flat view depends only on its
 * posts (as read for this request), the topic's address and the language (visitors get no reply or edit
 * links, and the site's time zone). So that HTML is kept, UTF-8 encoded, and used again while the posts
 * read for a request are equal to those it was made from: an edit, a withdrawal, a new name or a recooking
 * shows at once, since every request still reads the posts.
 */
@ApplicationScoped
public class RenderedPosts {

    private record Key(String topicPath, String language, int page, int pageSize, boolean imagesProxied) {}

    private record Kept(List<PostView> posts, byte[] html, long bytes) {}

    @Inject
    Pages pages;

    @Inject
    PageContext page;

    @Inject
    ProxiedImages proxiedImages;

    @Inject
    @ConfigProperty(name = "palabre.topics.visitor-cache-mb", defaultValue = "16")
    int budgetMegabytes;

    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;

    public Content of(TopicScreen screen) {
        if (screen.reader() != null || screen.canReply() || screen.isTree()) {
            return output -> pages.renderInto(output, "topics/posts.jte", Map.of("screen", screen));
        }
        Key key = new Key(
                screen.topicPath(),
                page.lang(),
                screen.flat().page(),
                screen.flat().pageSize(),
                proxiedImages.on());
        List<PostView> posts = screen.flat().posts();
        byte[] html = find(key, posts);
        if (html == null) {
            Utf8ByteOutput output = new Utf8ByteOutput();
            pages.renderInto(output, "topics/posts.jte", Map.of("screen", screen));
            html = output.toByteArray();
            keep(
                    key,
                    new Kept(
                            posts,
                            html,
                            html.length
                                    + posts.stream()
                                            .mapToLong(p -> 2L * p.cooked().length() + 256)
                                            .sum()));
        }
        byte[] shown = html;
        return output -> output.writeBinaryContent(shown);
    }

    private synchronized byte[] find(Key key, List<PostView> posts) {
        Kept found = kept.get(key);
        return found != null && found.posts().equals(posts) ? found.html() : null;
    }

    /** Least recently used first out, within the budget; the posts kept for the comparison count too. */
    private synchronized void keep(Key key, Kept rendered) {
        Kept replaced = kept.put(key, rendered);
        keptBytes += rendered.bytes() - (replaced == null ? 0 : replaced.bytes());
        Iterator<Kept> oldest = kept.values().iterator();
        while (keptBytes > budgetMegabytes * 1024L * 1024L && oldest.hasNext()) {
            keptBytes -= oldest.next().bytes();
            oldest.remove();
        }
    }
}
