package org.palabre.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Cast.ADMIN;
import static org.palabre.testing.Cast.AUTHOR;
import static org.palabre.testing.Cast.CATEGORY_MODERATOR;
import static org.palabre.testing.Cast.MEMBER;
import static org.palabre.testing.Cast.ORGANISER;
import static org.palabre.testing.Cast.SITE_MODERATOR;
import static org.palabre.testing.Cast.UNVERIFIED;
import static org.palabre.testing.Cast.VISITOR;
import static org.palabre.testing.Cast.rights;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.entity.Post;
import org.palabre.testing.Cast;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/**
 * What each person may do with a topic and its posts in a members' category, by the posts' states: whether the post
 * has a place in their view of the topic ("l"), whether they get what it says ("c"), and its history ("h").
 */
class PostPermissionsTest {

    private final Category category = Cast.membersCategory();
    private final Topic topic = Cast.topic(category, MEMBER);

    private static final Map<String, Account> READERS = readers();

    private static Map<String, Account> readers() {
        Map<String, Account> readers = new LinkedHashMap<>();
        readers.put("visitor", VISITOR);
        readers.put("member", ORGANISER);
        readers.put("author", AUTHOR);
        readers.put("category moderator", CATEGORY_MODERATOR);
        readers.put("site moderator", SITE_MODERATOR);
        return readers;
    }

    private Map<String, Function<Topic, Post>> states() {
        Map<String, Function<Topic, Post>> states = new LinkedHashMap<>();
        states.put("shown", t -> Cast.post(t, AUTHOR));
        states.put("withdrawn", t -> then(Cast.post(t, AUTHOR), Post::withdraw));
        states.put("deleted", t -> then(Cast.post(t, AUTHOR), Post::delete));
        states.put("held", t -> Cast.heldPost(t, AUTHOR));
        states.put("rejected", t -> then(Cast.heldPost(t, AUTHOR), Post::reject));
        states.put("hidden", t -> then(Cast.post(t, AUTHOR), p -> p.hide("FLAGS")));
        return states;
    }

    private static Post then(Post post, Consumer<Post> change) {
        change.accept(post);
        return post;
    }

    private String seen(Map<String, Account> readers) {
        StringBuilder table = new StringBuilder();
        states().forEach((state, make) -> {
            Post post = make.apply(topic);
            table.append(state).append(":");
            readers.forEach((who, account) -> table.append(' ')
                    .append(PostPermissions.maySee(rights(account, category), post) ? "l" : "-")
                    .append(PostPermissions.maySeeContent(rights(account, category), post) ? "c" : "-")
                    .append(PostPermissions.maySeeHistory(rights(account, category), post) ? "h" : "-"));
            table.append('\n');
        });
        return table.toString();
    }

    @Test
    void eachStateOfAPostShowsItAndWhatItSaysToTheRightPeople() {
        // columns: visitor, member, author, category moderator, site moderator. The content is asked of posts the
        // reader sees: alone, it answers by the post's states and leaves the category to maySee.
        assertEquals("""
                shown: -c- lch lch lch lch
                withdrawn: --- l-- l-- lch lch
                deleted: --- l-- l-- lch lch
                held: --- --- lch lch lch
                rejected: --- --- --- lch lch
                hidden: --- l-- lch lch lch
                """, seen(READERS));
    }

    @Test
    void inAPublicCategoryVisitorsSeeWhatMembersSee() {
        Category open = Cast.publicCategory();
        Post hidden = then(Cast.post(Cast.topic(open, MEMBER), AUTHOR), p -> p.hide("FLAGS"));
        Post shown = Cast.post(Cast.topic(open, MEMBER), AUTHOR);
        assertTrue(PostPermissions.maySee(rights(VISITOR, open), hidden));
        assertFalse(PostPermissions.maySeeContent(rights(VISITOR, open), hidden));
        assertTrue(PostPermissions.maySeeContent(rights(VISITOR, open), shown));
    }

    @Test
    void aTopicAwaitingApprovalExistsOnlyForItsAuthorAndItsModerators() {
        Topic held = Cast.topic(category, AUTHOR);
        held.hold();
        assertFalse(PostPermissions.mayRead(rights(VISITOR, category), held));
        assertFalse(PostPermissions.mayRead(rights(MEMBER, category), held));
        assertTrue(PostPermissions.mayRead(rights(AUTHOR, category), held));
        assertTrue(PostPermissions.mayRead(rights(CATEGORY_MODERATOR, category), held));
        assertTrue(PostPermissions.mayRead(rights(SITE_MODERATOR, category), held));
        held.approve();
        assertTrue(PostPermissions.mayRead(rights(MEMBER, category), held));
    }

    @Test
    void nobodyReadsATopicInACategoryTheyCannotRead() {
        Category organisers = Cast.organisersCategory();
        Topic there = Cast.topic(organisers, ORGANISER);
        Post post = Cast.post(there, ORGANISER);
        assertFalse(PostPermissions.mayRead(rights(MEMBER, organisers), there));
        assertFalse(PostPermissions.maySee(rights(MEMBER, organisers), post));
        assertFalse(PostPermissions.mayEdit(rights(CATEGORY_MODERATOR, organisers), post));
        assertTrue(PostPermissions.maySee(rights(ORGANISER, organisers), post));
    }

    private String actions(Topic where, Post authorsPost) {
        Map<String, Account> people = new LinkedHashMap<>();
        people.put("visitor", VISITOR);
        people.put("member", MEMBER);
        people.put("author", AUTHOR);
        people.put("unverified author", UNVERIFIED);
        people.put("category moderator", CATEGORY_MODERATOR);
        people.put("site moderator", SITE_MODERATOR);
        people.put("admin", ADMIN);
        StringBuilder table = new StringBuilder();
        people.forEach((who, account) -> table.append(who)
                .append(": ")
                .append(PostPermissions.mayReply(rights(account, category), where) ? "r" : "-")
                .append(PostPermissions.mayEdit(rights(account, category), authorsPost) ? "e" : "-")
                .append(PostPermissions.mayWithdraw(rights(account, category), authorsPost) ? "w" : "-")
                .append('\n'));
        return table.toString();
    }

    @Test
    void inAnOpenTopicMembersReplyAuthorsEditAndWithdrawTheirPostsAndSiteStaffAnyPost() {
        // columns: reply, edit the author's post, withdraw it; category moderators edit only their own posts
        assertEquals("""
                visitor: ---
                member: r--
                author: rew
                unverified author: ---
                category moderator: r--
                site moderator: rew
                admin: rew
                """, actions(topic, Cast.post(topic, AUTHOR)));
    }

    @Test
    void inAClosedTopicOnlyItsModeratorsReplyAndTheAuthorNoLongerEdits() {
        topic.close();
        assertEquals("""
                visitor: ---
                member: ---
                author: --w
                unverified author: ---
                category moderator: r--
                site moderator: rew
                admin: rew
                """, actions(topic, Cast.post(topic, AUTHOR)));
    }

    @Test
    void inAnArchivedOrMergedTopicNobodyReplies() {
        Topic archived = Cast.topic(category, MEMBER);
        archived.archive();
        Topic merged = Cast.topic(category, MEMBER);
        merged.mergeInto(Cast.saved(new Topic(category, TopicTitle.of("Cible"), MEMBER), 51));
        for (Account account : new Account[] {MEMBER, CATEGORY_MODERATOR, SITE_MODERATOR, ADMIN}) {
            assertFalse(PostPermissions.mayReply(rights(account, category), archived));
            assertFalse(PostPermissions.mayReply(rights(account, category), merged));
        }
    }

    @Test
    void anAuthorEditsTheirPostUntilItIsWithdrawnDeletedOrHidden() {
        Post withdrawn = then(Cast.post(topic, AUTHOR), Post::withdraw);
        Post deleted = then(Cast.post(topic, AUTHOR), Post::delete);
        Post hidden = then(Cast.post(topic, AUTHOR), p -> p.hide("FLAGS"));
        Post held = Cast.heldPost(topic, AUTHOR);
        for (Post post : new Post[] {withdrawn, deleted, hidden}) {
            assertFalse(PostPermissions.mayEdit(rights(AUTHOR, category), post));
            assertTrue(PostPermissions.mayEdit(rights(SITE_MODERATOR, category), post));
        }
        assertTrue(PostPermissions.mayEdit(rights(AUTHOR, category), held), "a held post may be put right");
        assertFalse(PostPermissions.mayWithdraw(rights(AUTHOR, category), withdrawn));
        assertFalse(PostPermissions.mayWithdraw(rights(SITE_MODERATOR, category), deleted));
        assertTrue(PostPermissions.mayWithdraw(rights(AUTHOR, category), hidden));
    }
}
