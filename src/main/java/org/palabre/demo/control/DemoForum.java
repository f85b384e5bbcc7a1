package org.palabre.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/** Writes the demo forum: members, categories, and the conversations of {@link DemoTexts}; remembers what it made. */
@ApplicationScoped
public class DemoForum {

    /** Not a password hash in the stored format: no password verifies against it, so demo members cannot sign in. */
    private static final String NO_PASSWORD = "demo:no-password";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostContent content;

    @Transactional
    public boolean isEmpty() {
        return entityManager
                                .createQuery("SELECT COUNT(c) FROM Category c", Long.class)
                                .getSingleResult()
                        == 0
                && entityManager
                                .createQuery("SELECT COUNT(t) FROM Topic t", Long.class)
                                .getSingleResult()
                        == 0;
    }

    @Transactional
    public void fill() {
        Map<String, Account> members = new HashMap<>();
        for (String[] member : DemoTexts.MEMBERS) {
            Account account =
                    new Account(member[0], member[0].toLowerCase() + "@demo.invalid", NO_PASSWORD, Role.MEMBER);
            account.describe(
                    member[1],
                    member[2],
                    content.recook(member[2]).html(),
                    content.recook(member[2]).rendererVersion());
            entityManager.persist(account);
            entityManager.flush();
            DemoRemoval.remember(entityManager, DemoRemoval.ACCOUNT, account.id());
            members.put(member[0], account);
        }
        Category campaign = category(
                "Campagne VSA",
                "campagne-vsa",
                "#b3261e",
                0,
                "Contre la vidéosurveillance algorithmique dans nos villes : actions, analyses, rendez-vous.");
        Category international = category(
                "International", "international", "#1a5fb4", 1, "Conversations with groups abroad, in English.");
        // Oldest first, so that the campaign launch tops the latest topics.
        topic(international, DemoTexts.ENGLISH_TITLE, DemoTexts.ENGLISH, members);
        topic(campaign, DemoTexts.MEETING_TITLE, DemoTexts.MEETING, members);
        topic(campaign, DemoTexts.LAUNCH_TITLE, DemoTexts.LAUNCH, members);
    }

    private Category category(String name, String slug, String colour, int position, String description) {
        Category category = new Category(name, slug);
        category.describe(name, slug, description, colour, position);
        entityManager.persist(category);
        entityManager.flush();
        DemoRemoval.remember(entityManager, DemoRemoval.CATEGORY, category.id());
        category.allow(Access.EVERYONE, Set.of(), Access.MEMBERS, Set.of());
        return category;
    }

    /** Posts are {author, reply-to number or "", markdown}; the first one opens the topic. */
    private void topic(Category category, String title, List<String[]> posts, Map<String, Account> members) {
        Topic topic = new Topic(category, TopicTitle.of(title), members.get(posts.get(0)[0]));
        entityManager.persist(topic);
        entityManager.flush();
        DemoRemoval.remember(entityManager, DemoRemoval.TOPIC, topic.id());
        Map<Integer, Post> byNumber = new HashMap<>();
        for (String[] written : posts) {
            Post parent = written[1].isEmpty() ? null : byNumber.get(Integer.parseInt(written[1]));
            Post post = new Post(
                    topic,
                    members.get(written[0]),
                    parent,
                    content.cook(written[2]).cooked());
            entityManager.persist(post);
            entityManager.persist(post.firstRevision());
            byNumber.put(post.number(), post);
        }
    }
}
