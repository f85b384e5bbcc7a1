package org.palabre.posts.boundary;

import java.time.Instant;
import java.util.Set;
import org.palabre.accounts.control.WritingRights;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.PostView;
import org.palabre.posts.control.TopicPages;
import org.palabre.topics.entity.Topic;

/** Everything the topic page template needs: the topic, one page of posts (flat or tree), and what the reader may do. */
public record TopicScreen(
        Topic topic,
        TopicPages.Flat flat,
        TopicPages.Tree tree,
        Account reader,
        boolean canReply,
        Integer requestedSize,
        boolean canModerate,
        Set<Long> mailedPosts) {

    public TopicScreen(
            Topic topic,
            TopicPages.Flat flat,
            TopicPages.Tree tree,
            Account reader,
            boolean canReply,
            Integer requestedSize,
            boolean canModerate) {
        this(topic, flat, tree, reader, canReply, requestedSize, canModerate, Set.of());
    }

    /** Whether the moderators reading the page may open the mail this post came from. */
    public boolean cameByMail(PostView post) {
        return canModerate && mailedPosts.contains(post.id());
    }

    /** Until when a silenced reader is silenced, so the page says it where the reply box would be; else null. */
    public Instant silencedUntil() {
        return WritingRights.silencedUntil(reader).orElse(null);
    }

    public boolean isTree() {
        return tree != null;
    }

    public String topicPath() {
        return topic.path();
    }

    public Integer root() {
        return isTree() ? tree.root() : null;
    }

    public int currentPage() {
        return isTree() ? tree.page() : flat.page();
    }

    public int pages() {
        return isTree() ? tree.pages() : flat.pages();
    }

    public String pageLink(int page) {
        StringBuilder link = new StringBuilder(topicPath()).append("?page=").append(page);
        if (isTree()) {
            link.append("&view=tree");
            if (root() != null) {
                link.append("&root=").append(root());
            }
        }
        if (requestedSize != null) {
            link.append("&size=").append(requestedSize);
        }
        return link.toString();
    }

    /**
     * PostPermissions' edit rule on the page's read model; the page offers no edit of a withdrawn or deleted post,
     * whose text is gone for members.
     */
    public boolean canEdit(PostView post) {
        if (post.isWithdrawn() || post.isDeleted()) {
            return false;
        }
        return PostPermissions.mayEdit(
                reader, reader != null && post.authorId() == reader.id(), post.isHidden(), () -> canReply);
    }

    /** Signed-in readers flag others' posts that are still in view (FlagRules decides for good when it is sent). */
    public boolean canFlag(PostView post) {
        return reader != null && post.authorId() != reader.id() && !post.isWithdrawn() && !post.isHidden();
    }
}
