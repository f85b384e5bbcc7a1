package org.palabre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryModeration;
import org.palabre.categories.control.CategoryReading;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.groups.entity.GroupMembership;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;
import org.palabre.search.control.SearchRequest;
import org.palabre.search.control.SearchResults;
import org.palabre.search.control.Searcher;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/**
 * Inside the running Palabre: for every kind of reader and every category (open to everyone, to members, to a
 * group) and post state (shown, withdrawn, deleted, held, hidden, rejected, hidden then withdrawn; in a held
 * topic; in an unlisted topic), a search finds, and counts, exactly the posts the reader may read: what is
 * shown to members in listed topics of a readable category, and for the category's moderators the unlisted
 * topics and the posts hidden by flags too. Withdrawn, deleted and held posts are found by nobody.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPermissionsIT {

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    Searcher searcher;

    private final Map<String, Account> readers = new LinkedHashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final Set<Long> unlisted = new TreeSet<>();
    private String word;

    @BeforeEach
    void buildCases() throws Exception {
        transaction.begin();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        word = "perm" + tag + "word";
        Account author = account("spa" + tag, Role.MEMBER);
        Account member = account("spm" + tag, Role.MEMBER);
        Account groupMember = account("spg" + tag, Role.MEMBER);
        Account categoryModerator = account("spc" + tag, Role.MEMBER);
        Account siteModerator = account("sps" + tag, Role.MODERATOR);
        Account suspended = account("spz" + tag, Role.MEMBER);
        MemberGroup readersGroup = group("spr" + tag, groupMember, author);
        MemberGroup moderatorsGroup = group("spk" + tag, categoryModerator);
        entityManager.flush();
        entityManager
                .createNativeQuery("UPDATE accounts SET suspended_until = :until WHERE id = :id")
                .setParameter("until", Instant.now().plusSeconds(86_400))
                .setParameter("id", suspended.id())
                .executeUpdate();
        readers.put("visitor", null);
        readers.put("member", member);
        readers.put("group member", groupMember);
        readers.put("author", author);
        readers.put("category moderator", categoryModerator);
        readers.put("site moderator", siteModerator);
        readers.put("suspended member", suspended);
        for (Access access : Access.values()) {
            Category category = new Category(
                    "Recherche " + access + " " + tag, "sp-" + access.name().toLowerCase() + "-" + tag);
            entityManager.persist(category);
            entityManager.flush();
            category.allow(
                    access, access == Access.GROUPS ? Set.of(readersGroup.id()) : Set.of(), Access.MEMBERS, Set.of());
            category.moderateBy(moderatorsGroup.id());
            Topic topic = topic(category, author, false);
            for (int n = 0; n < 7; n++) {
                posts.add(post(topic, author, n));
            }
            posts.add(post(topic(category, author, true), author, 0));
            Topic hidden = topic(category, author, false);
            hidden.unlist();
            Post inUnlisted = post(hidden, author, 0);
            posts.add(inUnlisted);
            entityManager.flush();
            unlisted.add(inUnlisted.id());
        }
        entityManager.flush();
        transaction.commit();
    }

    /** Staff left behind would change what other tests rely on. */
    @AfterEach
    void forget() throws Exception {
        transaction.begin();
        entityManager
                .createQuery("UPDATE Account a SET a.role = :member WHERE a.id = :staff")
                .setParameter("member", Role.MEMBER)
                .setParameter("staff", readers.get("site moderator").id())
                .executeUpdate();
        transaction.commit();
        readers.clear();
        posts.clear();
        unlisted.clear();
    }

    @Test
    void everyReaderFindsAndCountsExactlyThePostsTheyMayRead() throws Exception {
        transaction.begin();
        try {
            for (Map.Entry<String, Account> reader : readers.entrySet()) {
                Set<Long> expected = expected(reader.getValue());
                SearchResults results = searcher.search(reader.getValue(), request(word));
                Set<Long> found = results.hits().stream()
                        .map(SearchResults.Hit::postId)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expected, found, reader.getKey() + " finds");
                assertEquals(expected.size(), results.total(), reader.getKey() + " counts");
            }
            assertEquals(1, searcher.search(null, request(word)).total(), "a visitor finds the one public post");
            assertTrue(expected(readers.get("group member")).size()
                    > expected(readers.get("member")).size());
            Set<Long> onlyStaff = expected(readers.get("site moderator"));
            onlyStaff.removeAll(expected(readers.get("author")));
            assertFalse(onlyStaff.isEmpty(), "staff find hidden posts and unlisted topics that others do not");
        } finally {
            transaction.commit();
        }
    }

    private Set<Long> expected(Account reader) {
        return posts.stream()
                .filter(post -> {
                    Category category = entityManager.find(
                            Category.class, post.topic().category().id());
                    if (post.topic().isPending()
                            || !CategoryReading.mayRead(reader, category, () -> groupsOf(reader))) {
                        return false;
                    }
                    PostVisibility.States states = PostVisibility.States.of(post);
                    boolean moderates = CategoryModeration.moderates(reader, category, () -> groupsOf(reader));
                    boolean listed = !unlisted.contains(post.id());
                    return PostVisibility.isShownToMembers(states) && (listed || moderates)
                            || moderates && PostVisibility.isAwaitingReview(states);
                })
                .map(Post::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, null, null, null, null, null, false, false, 1);
    }

    private Set<Long> groupsOf(Account account) {
        return Set.copyOf(entityManager
                .createQuery("SELECT m.group.id FROM GroupMembership m WHERE m.account.id = :account", Long.class)
                .setParameter("account", account.id())
                .getResultList());
    }

    private Account account(String username, Role role) {
        Account account = new Account(username, username + "@forum.test", "no-password", role);
        entityManager.persist(account);
        return account;
    }

    private MemberGroup group(String name, Account... members) {
        MemberGroup group = new MemberGroup(name, "");
        entityManager.persist(group);
        entityManager.flush();
        for (Account member : members) {
            entityManager.persist(new GroupMembership(group, member));
        }
        return group;
    }

    private Topic topic(Category category, Account author, boolean held) {
        Topic topic = new Topic(category, TopicTitle.of("Recherche et permissions"), author);
        if (held) {
            topic.hold();
        }
        entityManager.persist(topic);
        return topic;
    }

    /** The n-th state: shown, withdrawn, deleted, held, hidden, rejected, hidden then withdrawn. */
    private Post post(Topic topic, Account author, int state) {
        Post post = new Post(
                topic,
                author,
                null,
                content.cook("Un message " + state + " : " + word).cooked(),
                state == 3 || state == 5);
        entityManager.persist(post);
        switch (state) {
            case 1 -> post.withdraw();
            case 2 -> post.delete();
            case 4 -> post.hide("flags");
            case 5 -> post.reject();
            case 6 -> {
                post.hide("flags");
                post.withdraw();
            }
            default -> {}
        }
        return post;
    }
}
