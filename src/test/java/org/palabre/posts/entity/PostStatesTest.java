package org.palabre.posts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Category;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/** A topic counts the posts members see, whatever order the states come and go in. */
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
        other.delete();
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
        held.restore();
        assertEquals(1, topic.postCount(), "restoring a refused post does not publish it");
    }
}
