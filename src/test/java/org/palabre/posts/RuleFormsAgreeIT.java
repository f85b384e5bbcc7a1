package org.palabre.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
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
import org.palabre.database.control.Condition;
import org.palabre.groups.entity.GroupMembership;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.notifications.control.MayBeTold;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/**
 * Inside the running Palabre, on its real database: for every reader (visitor, member, group member, author,
 * category moderator, site moderator, administrator, suspended member, unverified account) and every category
 * (open to everyone, to members, to a group) and post (shown, withdrawn, deleted, held, hidden, rejected, in a held
 * topic), the Java, JPQL and SQL forms of each rule give the same answer, and each rule lets someone in and keeps
 * someone out, so an empty answer cannot pass for agreement.
 */
@ExtendWith(ArquillianExtension.class)
class RuleFormsAgreeIT {

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    private final Map<String, Account> readers = new LinkedHashMap<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();

    @BeforeEach
    void buildCases() throws Exception {
        transaction.begin();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Account author = account("rfa" + tag, Role.MEMBER);
        Account member = account("rfm" + tag, Role.MEMBER);
        Account groupMember = account("rfg" + tag, Role.MEMBER);
        Account categoryModerator = account("rfc" + tag, Role.MEMBER);
        Account siteModerator = account("rfs" + tag, Role.MODERATOR);
        Account admin = account("rfx" + tag, Role.ADMIN);
        Account suspended = account("rfz" + tag, Role.MEMBER);
        Account unverified = Account.signedUp("rfu" + tag, "rfu" + tag + "@forum.test", "no-password", "fr");
        entityManager.persist(unverified);
        MemberGroup readersGroup = group("rfr" + tag, groupMember, author);
        MemberGroup moderatorsGroup = group("rfk" + tag, categoryModerator);
        entityManager.flush();
        entityManager
                .createNativeQuery("UPDATE accounts SET suspended_until = :until WHERE id = :id")
                .setParameter("until", Instant.now().plusSeconds(86_400))
                .setParameter("id", suspended.id())
                .executeUpdate();
        entityManager
                .createNativeQuery("INSERT INTO member_mutes (account_id, muted_id, created_at) VALUES (:a, :m, :now)")
                .setParameter("a", groupMember.id())
                .setParameter("m", author.id())
                .setParameter("now", Instant.now())
                .executeUpdate();
        readers.put("visitor", null);
        readers.put("member", member);
        readers.put("group member (muted the author)", groupMember);
        readers.put("author", author);
        readers.put("category moderator", categoryModerator);
        readers.put("site moderator", siteModerator);
        readers.put("administrator", admin);
        readers.put("suspended member", suspended);
        readers.put("unverified account", unverified);
        for (Access access : Access.values()) {
            Category category = new Category(
                    "Règles " + access + " " + tag, "rf-" + access.name().toLowerCase() + "-" + tag);
            entityManager.persist(category);
            entityManager.flush();
            category.allow(
                    access, access == Access.GROUPS ? Set.of(readersGroup.id()) : Set.of(), Access.MEMBERS, Set.of());
            category.moderateBy(moderatorsGroup.id());
            categories.add(category);
            Topic topic = topic(category, author, false);
            for (int n = 0; n < 7; n++) {
                posts.add(post(topic, author, n));
            }
            Topic held = topic(category, author, true);
            posts.add(post(held, author, 0));
        }
        entityManager.flush();
        transaction.commit();
    }

    /**
     * The suite shares one database: a second administrator or site moderator left behind would change what other
     * tests rely on (the last administrator, who is told of flags).
     */
    @AfterEach
    void forget() throws Exception {
        transaction.begin();
        entityManager
                .createQuery("UPDATE Account a SET a.role = :member WHERE a.id IN :staff")
                .setParameter("member", Role.MEMBER)
                .setParameter(
                        "staff",
                        readers.values().stream()
                                .filter(reader -> reader != null && reader.role() != Role.MEMBER)
                                .map(Account::id)
                                .toList())
                .executeUpdate();
        transaction.commit();
        readers.clear();
        categories.clear();
        posts.clear();
    }

    @Test
    void categoryReadingIsTheSameInJavaJpqlAndSql() throws Exception {
        agree(
                "may read",
                reader -> ids(categories, c -> CategoryReading.mayRead(reader, c, () -> groupsOf(reader))),
                reader -> jpqlIds(
                        "SELECT c.id FROM Category c WHERE c.id IN :ids AND ",
                        CategoryReading.jpql("c.id", ":reader"),
                        reader,
                        categoryIds()),
                reader -> sqlIds(
                        "SELECT c.id FROM categories c WHERE c.id IN (:ids) AND ",
                        CategoryReading.sql("c.id", ":reader"),
                        reader,
                        categoryIds(),
                        null));
    }

    @Test
    void categoryModerationIsTheSameInJavaJpqlAndSql() throws Exception {
        agree(
                "moderates",
                reader -> ids(categories, c -> CategoryModeration.moderates(reader, c, () -> groupsOf(reader))),
                reader -> jpqlIds(
                        "SELECT c.id FROM Category c WHERE c.id IN :ids AND ",
                        CategoryModeration.jpql("c.id", ":reader"),
                        reader,
                        categoryIds()),
                reader -> sqlIds(
                        "SELECT c.id FROM categories c WHERE c.id IN (:ids) AND ",
                        CategoryModeration.sql("c.id", ":reader"),
                        reader,
                        categoryIds(),
                        null));
    }

    @Test
    void postVisibilityIsTheSameInJavaJpqlAndSql() throws Exception {
        agree(
                "sees the content of",
                reader -> postIds(post ->
                        PostVisibility.isVisibleTo(PostVisibility.States.of(post), reader, moderates(reader, post))),
                reader -> jpqlIds(
                        "SELECT p.id FROM Post p WHERE p.id IN :ids AND ",
                        PostVisibility.jpql("p", ":reader"),
                        reader,
                        postIds(p -> true)),
                reader -> sqlIds(
                        "SELECT p.id FROM posts p WHERE p.id IN (:ids) AND ",
                        PostVisibility.sql("p", ":reader"),
                        reader,
                        postIds(p -> true),
                        null));
        agree(
                "finds in the topic",
                reader -> postIds(post ->
                        PostVisibility.isListedFor(PostVisibility.States.of(post), reader, moderates(reader, post))),
                reader -> jpqlIds(
                        "SELECT p.id FROM Post p WHERE p.id IN :ids AND ",
                        PostVisibility.listedJpql("p", ":reader"),
                        reader,
                        postIds(p -> true)),
                reader -> sqlIds(
                        "SELECT p.id FROM posts p WHERE p.id IN (:ids) AND ",
                        PostVisibility.listedSql("p", ":reader"),
                        reader,
                        postIds(p -> true),
                        null));
        transaction.begin();
        try {
            Set<Long> shown = postIds(post -> PostVisibility.isShownToMembers(PostVisibility.States.of(post)));
            assertEquals(postIds(Post::isShownToMembers), shown, "the entity and the rule agree on what members see");
            assertEquals(
                    shown,
                    jpqlIds(
                            "SELECT p.id FROM Post p WHERE p.id IN :ids AND ",
                            PostVisibility.shownToMembersJpql("p"),
                            null,
                            postIds(p -> true)));
            assertEquals(
                    shown,
                    sqlIds(
                            "SELECT p.id FROM posts p WHERE p.id IN (:ids) AND ",
                            PostVisibility.shownToMembersSql("p"),
                            null,
                            postIds(p -> true),
                            null));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void mayBeToldIsTheSameInJavaAndSql() throws Exception {
        for (NotificationKind reason : new NotificationKind[] {null, NotificationKind.POST_FLAGGED}) {
            agree(
                    "may be told (" + reason + ") of",
                    reader -> reader == null
                            ? Set.of()
                            : postIds(post -> MayBeTold.holds(member(reader, post), post, reason)),
                    reader -> reader == null
                            ? Set.of()
                            : sqlIds(
                                    "SELECT p.id FROM posts p WHERE p.id IN (:ids) AND ",
                                    MayBeTold.sql("p", ":reader", reason == null ? null : ":reason"),
                                    reader,
                                    postIds(p -> true),
                                    reason),
                    null);
        }
    }

    private interface Answer {
        Set<Long> of(Account reader) throws Exception;
    }

    private void agree(String rule, Answer java, Answer jpql, Answer sql) throws Exception {
        transaction.begin();
        try {
            Set<Long> everyone = new TreeSet<>();
            boolean someoneKeptOut = false;
            for (Map.Entry<String, Account> reader : readers.entrySet()) {
                Account account = reader.getValue() == null
                        ? null
                        : entityManager.find(Account.class, reader.getValue().id());
                Set<Long> expected = java.of(account);
                if (jpql != null) {
                    assertEquals(expected, jpql.of(account), "JPQL: what the " + reader.getKey() + " " + rule);
                }
                if (sql != null) {
                    assertEquals(expected, sql.of(account), "SQL: what the " + reader.getKey() + " " + rule);
                }
                everyone.addAll(expected);
                someoneKeptOut |= expected.size()
                        < (rule.contains("moderates") || rule.equals("may read") ? categories.size() : posts.size());
            }
            assertFalse(everyone.isEmpty(), "nobody " + rule + " anything: the cases test nothing");
            assertFalse(!someoneKeptOut, "everyone " + rule + " everything: the cases test nothing");
        } finally {
            transaction.rollback();
        }
    }

    private Set<Long> jpqlIds(String select, Condition condition, Account reader, Set<Long> ids) {
        Query query = condition.bind(entityManager.createQuery(select + condition, Long.class));
        if (select.contains(":ids")) {
            query.setParameter("ids", ids);
        }
        if (condition.text().contains(":reader")) {
            query.setParameter("reader", reader == null ? null : reader.id());
        }
        return longs(query.getResultList());
    }

    private Set<Long> sqlIds(
            String select, Condition condition, Account reader, Set<Long> ids, NotificationKind reason) {
        org.hibernate.query.Query<?> query = condition
                .bind(entityManager.createNativeQuery(select + condition))
                .unwrap(org.hibernate.query.Query.class);
        query.setParameter("ids", ids);
        if (condition.text().contains(":reader")) {
            query.setParameter("reader", reader == null ? null : reader.id(), Long.class);
        }
        if (reason != null) {
            query.setParameter("reason", reason.name());
        }
        return longs(query.getResultList());
    }

    private static Set<Long> longs(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> ids(List<Category> categories, Predicate<Category> rule) {
        return categories.stream().filter(rule).map(Category::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<Long> categoryIds() {
        return ids(categories, c -> true);
    }

    private Set<Long> postIds(Predicate<Post> rule) {
        return posts.stream()
                .map(post -> entityManager.find(Post.class, post.id()))
                .filter(rule)
                .map(Post::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Category category(Post post) {
        Long id = post.topic().categoryId();
        return entityManager.find(Category.class, id);
    }

    private boolean moderates(Account reader, Post post) {
        return CategoryModeration.moderates(reader, category(post), () -> groupsOf(reader));
    }

    private MayBeTold.Member member(Account reader, Post post) {
        boolean muted = !entityManager
                .createNativeQuery("SELECT 1 FROM member_mutes WHERE account_id = :a AND muted_id = :m")
                .setParameter("a", reader.id())
                .setParameter("m", post.author().id())
                .getResultList()
                .isEmpty();
        return new MayBeTold.Member(
                reader,
                CategoryReading.mayRead(reader, category(post), () -> groupsOf(reader)),
                moderates(reader, post),
                muted);
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
        Topic topic = new Topic(category, TopicTitle.of("Règles pour tous"), author);
        if (held) {
            topic.hold();
        }
        entityManager.persist(topic);
        return topic;
    }

    /** The n-th state: shown, withdrawn, deleted, held, hidden, rejected, hidden then withdrawn. */
    private Post post(Topic topic, Account author, int state) {
        Post post = new Post(
                topic, author, null, content.cook("Un message " + state).cooked(), state == 3 || state == 5);
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
