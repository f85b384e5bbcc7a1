package org.palabre.posts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Category;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/**
 * Which changes of state a post allows from each state it can be in, and that a topic counts the posts members
 * see, whatever order the states come and go in.
 */
class PostStatesTest {

    private final Account author =
            new Account("Zoé", "zoe@collectif.test", "pbkdf2-sha256$1$c2Fs$aGFzaA==", Role.MEMBER);
    private final Topic topic =
            new Topic(new Category("Entraide", "entraide"), TopicTitle.of("Covoiturage vers la manif"), author);

    private Post post(boolean held) {
        return new Post(topic, author, null, new Cooked("texte", "<p>texte</p>", 1), held);
    }

    @Test
    void aHeldPostIsNumberedButNeitherCountedNorShownUntilApproved() {
        post(false);
        Post held = post(true);
        assertEquals(2, held.number());
        assertEquals(1, topic.postCount());
        assertFalse(held.isShownToMembers());

        held.approve();
        assertTrue(held.isShownToMembers());
        assertEquals(2, topic.postCount());
    }

    @Test
    void deletingAWithdrawnPostAndRestoringItCountsItOnceAtMost() {
        post(false);
        Post reply = post(false);
        reply.withdraw();
        reply.delete();
        assertEquals(1, topic.postCount(), "withdrawn then deleted: taken out once");
        reply.restore();
        assertEquals(1, topic.postCount(), "still withdrawn: not back in view");

        Post other = post(false);
        other.delete();
        assertThrows(IllegalPostTransition.class, other::delete, "a second moderator learns it is done");
        assertEquals(1, topic.postCount());
        other.restore();
        assertEquals(2, topic.postCount());
    }

    @Test
    void aRejectedPostWasNeverCountedAndStaysOutOfView() {
        post(false);
        Post held = post(true);
        held.reject();
        assertTrue(held.isDeleted() && held.isPending());
        assertEquals(1, topic.postCount());
        assertThrows(IllegalPostTransition.class, held::restore, "a refused post stays refused");
        assertThrows(IllegalPostTransition.class, held::approve);
        assertTrue(held.isDeleted() && held.isPending());
        assertEquals(1, topic.postCount(), "and is never published");
    }

    /** Every change a post knows, by name, as moderators, authors and the flags ask for them. */
    private static final Map<String, Consumer<Post>> CHANGES = changes();

    private static Map<String, Consumer<Post>> changes() {
        Map<String, Consumer<Post>> changes = new LinkedHashMap<>();
        changes.put("withdraw", Post::withdraw);
        changes.put("delete", Post::delete);
        changes.put("restore", Post::restore);
        changes.put("hide", p -> p.hide("FLAGS"));
        changes.put("unhide", Post::unhide);
        changes.put("approve", Post::approve);
        changes.put("reject", Post::reject);
        return changes;
    }

    /** Each state a post reaches by the paths Palabre offers, and the changes it allows from there. */
    private Map<String, Supplier<Post>> states() {
        Map<String, Supplier<Post>> states = new LinkedHashMap<>();
        states.put("shown", () -> post(false));
        states.put("withdrawn", () -> then(post(false), Post::withdraw));
        states.put("deleted", () -> then(post(false), Post::delete));
        states.put("held", () -> post(true));
        states.put("rejected", () -> then(post(true), Post::reject));
        states.put("hidden", () -> then(post(false), p -> p.hide("FLAGS")));
        states.put("withdrawn then deleted", () -> then(then(post(false), Post::withdraw), Post::delete));
        states.put("hidden then withdrawn", () -> then(then(post(false), p -> p.hide("FLAGS")), Post::withdraw));
        states.put("deleted then hidden", () -> then(then(post(false), Post::delete), p -> p.hide("FLAGS")));
        states.put("held then withdrawn", () -> then(post(true), Post::withdraw));
        return states;
    }

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "shown", Set.of("withdraw", "delete", "hide"),
            "withdrawn", Set.of("delete", "hide"),
            "deleted", Set.of("restore", "hide"),
            "held", Set.of("withdraw", "approve", "reject"),
            "rejected", Set.of(),
            "hidden", Set.of("withdraw", "delete", "unhide"),
            "withdrawn then deleted", Set.of("restore", "hide"),
            "hidden then withdrawn", Set.of("delete", "unhide"),
            "deleted then hidden", Set.of("restore", "unhide"),
            "held then withdrawn", Set.of("approve", "reject"));

    private static Post then(Post post, Consumer<Post> change) {
        change.accept(post);
        return post;
    }

    @Test
    void everyStateAllowsItsChangesAndRefusesTheOthersLeavingThePostAsItWas() {
        List<String> wrong = new ArrayList<>();
        states().forEach((state, start) -> CHANGES.forEach((change, apply) -> {
            Post post = start.get();
            String before = describe(post);
            int countBefore = topic.postCount();
            boolean allowed = ALLOWED.get(state).contains(change);
            try {
                apply.accept(post);
                if (!allowed) {
                    wrong.add(change + " from " + state + " was allowed");
                }
            } catch (IllegalPostTransition refused) {
                if (allowed) {
                    wrong.add(change + " from " + state + " was refused: " + refused.key());
                } else if (!describe(post).equals(before) || topic.postCount() != countBefore) {
                    wrong.add(change + " from " + state + " was refused but changed the post or the count");
                }
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRefusalNamesWhatStandsInTheWay() {
        Post held = post(true);
        assertEquals(
                "posts.state.pending",
                assertThrows(IllegalPostTransition.class, held::delete).key());
        assertEquals(
                "posts.state.pending",
                assertThrows(IllegalPostTransition.class, () -> held.hide("FLAGS"))
                        .key());
        Post shown = post(false);
        assertEquals(
                "posts.state.notDeleted",
                assertThrows(IllegalPostTransition.class, shown::restore).key());
        assertEquals(
                "posts.state.notPending",
                assertThrows(IllegalPostTransition.class, shown::approve).key());
        shown.delete();
        assertEquals(
                "posts.state.deleted",
                assertThrows(IllegalPostTransition.class, shown::withdraw).key());
        assertEquals(
                "posts.state.alreadyDeleted",
                assertThrows(IllegalPostTransition.class, shown::delete).key());
    }

    @Test
    void deletingAHiddenPostEndsTheHideSoRestoringItShowsItToMembersAgain() {
        post(false);
        Post flagged = post(false);
        flagged.hide("FLAGS");
        assertEquals(1, topic.postCount());
        flagged.delete();
        assertFalse(flagged.isHidden(), "the deletion is the review the hide waited for");
        assertEquals(1, topic.postCount());
        flagged.restore();
        assertTrue(flagged.isShownToMembers());
        assertEquals(2, topic.postCount());
    }

    @Test
    void erasingWorksFromEveryStateAndKeepsThePostWithdrawnInItsPlace() {
        states().forEach((state, start) -> {
            Post post = start.get();
            post.erase();
            assertTrue(
                    post.isWithdrawn() && post.raw().isEmpty() && post.cooked().isEmpty(), state);
            assertFalse(post.isShownToMembers(), state);
        });
        int count = topic.postCount();
        post(false).erase();
        assertEquals(count, topic.postCount(), "an erased post is not counted");
    }

    private static String describe(Post post) {
        return post.isWithdrawn() + " " + post.isDeleted() + " " + post.isPending() + " " + post.isHidden();
    }
}
