package org.palabre.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Cast.AUTHOR;
import static org.palabre.testing.Cast.CATEGORY_MODERATOR;
import static org.palabre.testing.Cast.DELETED_MODERATOR;
import static org.palabre.testing.Cast.MEMBER;
import static org.palabre.testing.Cast.ORGANISER;
import static org.palabre.testing.Cast.SITE_MODERATOR;
import static org.palabre.testing.Cast.UNVERIFIED;
import static org.palabre.testing.Cast.rights;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.posts.entity.Post;
import org.palabre.testing.Cast;
import org.palabre.topics.entity.Topic;

/**
 * Who may be told of a post: of its news (a reply, a mention, a watched topic) and, for a post hidden by flags, of
 * the flags. Columns: member, organiser, category moderator, site moderator, the post's author, an unverified
 * account, a deleted moderator, a member who muted the author; "t" told, "-" not.
 */
class MayBeToldTest {

    private final Account muter = Cast.member("Inès", 40);

    private Map<Account, Boolean> people() {
        Map<Account, Boolean> people = new LinkedHashMap<>(); // each member, and whether they muted the author
        people.put(MEMBER, false);
        people.put(ORGANISER, false);
        people.put(CATEGORY_MODERATOR, false);
        people.put(SITE_MODERATOR, false);
        people.put(AUTHOR, false);
        people.put(UNVERIFIED, false);
        people.put(DELETED_MODERATOR, false);
        people.put(muter, true);
        return people;
    }

    private static Map<String, Function<Topic, Post>> states() {
        Map<String, Function<Topic, Post>> states = new LinkedHashMap<>();
        states.put("shown", t -> Cast.post(t, AUTHOR));
        states.put("withdrawn", t -> then(Cast.post(t, AUTHOR), Post::withdraw));
        states.put("deleted", t -> then(Cast.post(t, AUTHOR), Post::delete));
        states.put("held", t -> Cast.heldPost(t, AUTHOR));
        states.put("hidden", t -> then(Cast.post(t, AUTHOR), p -> p.hide("FLAGS")));
        return states;
    }

    private static Post then(Post post, Consumer<Post> change) {
        change.accept(post);
        return post;
    }

    private String told(Category category, NotificationKind reason) {
        StringBuilder table = new StringBuilder();
        states().forEach((state, make) -> {
            Post post = make.apply(Cast.topic(category, MEMBER));
            table.append(state).append(": ");
            people().forEach((account, muted) -> table.append(
                    MayBeTold.holds(MayBeTold.Member.of(rights(account, category), muted), post, reason) ? "t" : "-"));
            table.append('\n');
        });
        return table.toString();
    }

    @Test
    void ofItsNewsOnlyAPostMembersSeeIsToldToActiveReadersWhoDidNotMuteItsAuthor() {
        assertEquals("""
                shown: tttt----
                withdrawn: --------
                deleted: --------
                held: --------
                hidden: --------
                """, told(Cast.publicCategory(), null));
    }

    @Test
    void ofItsFlagsAHiddenPostIsToldToItsCategorysModeratorsOnly() {
        assertEquals("""
                shown: tttt----
                withdrawn: --------
                deleted: --------
                held: --------
                hidden: --tt----
                """, told(Cast.publicCategory(), NotificationKind.POST_FLAGGED));
    }

    @Test
    void inAGroupsCategoryOnlyItsReadersAreTold() {
        // The moderation team keeps the organisers' category but does not read it, so it hears nothing of it.
        assertEquals("""
                shown: -t-t----
                withdrawn: --------
                deleted: --------
                held: --------
                hidden: ---t----
                """, told(Cast.organisersCategory(), NotificationKind.POST_FLAGGED));
    }

    @Test
    void nobodyIsToldOfAPostInATopicAwaitingApproval() {
        Category category = Cast.publicCategory();
        Topic held = Cast.topic(category, AUTHOR);
        held.hold();
        Post first = Cast.post(held, AUTHOR);
        for (Account account : new Account[] {MEMBER, CATEGORY_MODERATOR, SITE_MODERATOR}) {
            assertFalse(MayBeTold.holds(MayBeTold.Member.of(rights(account, category), false), first, null));
        }
        held.approve();
        assertTrue(MayBeTold.holds(MayBeTold.Member.of(rights(MEMBER, category), false), first, null));
    }

    @Test
    void theMemberWhoWroteOrEditedThePostIsNotToldOfIt() {
        Category category = Cast.publicCategory();
        Post post = Cast.post(Cast.topic(category, MEMBER), AUTHOR);
        assertFalse(Addressees.mayBeTold(
                MayBeTold.Member.of(rights(SITE_MODERATOR, category), false), post, SITE_MODERATOR));
        assertFalse(Addressees.mayBeTold(MayBeTold.Member.of(rights(AUTHOR, category), false), post, SITE_MODERATOR));
        assertTrue(Addressees.mayBeTold(MayBeTold.Member.of(rights(MEMBER, category), false), post, SITE_MODERATOR));
        assertTrue(Addressees.mayBeTold(MayBeTold.Member.of(rights(SITE_MODERATOR, category), false), post, AUTHOR));
    }
}
