package org.palabre.testing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/**
 * For in-container tests: writes members, categories and topics straight to the database, within the caller's
 * transaction, many at a time and without the posting limits that hold for people.
 */
public final class ForumWriter {

    private final EntityManager entityManager;
    private final PostContent content;

    public ForumWriter(EntityManager entityManager, PostContent content) {
        this.entityManager = entityManager;
        this.content = content;
    }

    /** Active members who cannot sign in (no password verifies against their hash). */
    public List<Account> members(String... usernames) {
        List<Account> members = new ArrayList<>();
        for (String username : usernames) {
            Account member = new Account(username, username + "@forum.test", "no-password", Role.MEMBER);
            entityManager.persist(member);
            members.add(member);
        }
        return members;
    }

    /** A category everyone reads and members write in. */
    public Category category(String name, String slug) {
        Category category = new Category(name, slug);
        entityManager.persist(category);
        entityManager.flush();
        category.allow(Access.EVERYONE, Set.of(), Access.MEMBERS, Set.of());
        return category;
    }

    /**
     * A topic of this many posts by the authors in turn, each naming the next author and linking twice:
     * "Message n pour @…". Every third post answers the one before.
     */
    public Topic topic(Category category, String title, int posts, List<Account> authors) {
        Topic topic = new Topic(category, TopicTitle.of(title), authors.get(0));
        entityManager.persist(topic);
        Post previous = null;
        for (int n = 1; n <= posts; n++) {
            String raw = "Message " + n + " pour @"
                    + authors.get(n % authors.size()).username() + " : voir https://wiki.forum.test/" + n
                    + " et [le compte rendu](https://forum.test/cr/" + n + ").";
            Post post = new Post(
                    topic,
                    authors.get((n - 1) % authors.size()),
                    n % 3 == 0 ? previous : null,
                    content.cook(raw).cooked());
            entityManager.persist(post);
            entityManager.persist(post.firstRevision());
            previous = post;
        }
        return topic;
    }
}
