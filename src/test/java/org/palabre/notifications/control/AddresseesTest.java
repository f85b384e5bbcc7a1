package org.palabre.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.palabre.testing.Cast.AUTHOR;
import static org.palabre.testing.Cast.CATEGORY_MODERATOR;
import static org.palabre.testing.Cast.MEMBER;
import static org.palabre.testing.Cast.ORGANISER;
import static org.palabre.testing.Cast.SITE_MODERATOR;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.entity.Post;
import org.palabre.testing.Cast;

/** Which of the members a post mentions are told, in the order the post names them. */
class AddresseesTest {

    private final Account muter = Cast.member("Inès", 40);
    private final List<String> written = List.of("malik", "yanis", "odile", "zoé", "inès", "camille");
    private final List<Account> active = List.of(MEMBER, muter, AUTHOR, ORGANISER, SITE_MODERATOR, CATEGORY_MODERATOR);

    private Addressees.Mentioned mentioned(Category category, Account actor, int limit) {
        Post post = Cast.post(Cast.topic(category, MEMBER), AUTHOR);
        return Addressees.mentioned(
                post, actor, written, active, Set.of(muter.id()), account -> Cast.rights(account, category), limit);
    }

    private static List<String> names(List<Account> accounts) {
        return accounts.stream().map(Account::username).toList();
    }

    @Test
    void theFirstNamedAreToldUpToTheLimitAndTheAuthorIsToldOfTheOthers() {
        Addressees.Mentioned mentioned = mentioned(Cast.membersCategory(), AUTHOR, 2);
        assertEquals(List.of("Malik", "Yanis"), names(mentioned.notified()));
        assertEquals(List.of("Odile", "Camille"), names(mentioned.overLimit()));
        assertEquals(List.of(), names(mentioned.cannotRead()));
    }

    @Test
    void theAuthorTheEditorAndWhoeverMutedThemAreLeftOutOfEveryList() {
        Addressees.Mentioned mentioned = mentioned(Cast.membersCategory(), SITE_MODERATOR, 10);
        assertEquals(List.of("Malik", "Yanis", "Camille"), names(mentioned.notified()));
        assertEquals(List.of(), names(mentioned.overLimit()));
    }

    @Test
    void membersWhoCannotReadTheCategoryAreNotToldAndDoNotCountAgainstTheLimit() {
        Addressees.Mentioned mentioned = mentioned(Cast.organisersCategory(), AUTHOR, 2);
        assertEquals(List.of("Yanis", "Odile"), names(mentioned.notified()));
        assertEquals(List.of("Malik", "Camille"), names(mentioned.cannotRead()));
        assertEquals(List.of(), names(mentioned.overLimit()));
    }
}
