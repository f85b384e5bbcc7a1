package org.palabre.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.control.AccountRules;
import org.palabre.accounts.control.PasswordHasher;

class AccountDeletionTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aDeletedAccountKeepsNothingThatIdentifiedThePersonAndCannotSignIn() throws Exception {
        Account account = saved(
                new Account("Odile", "odile@collectif.test", hasher.hash("une phrase de passe"), Role.MEMBER), 42);
        account.describe("Odile M.", "J’habite **Nantes**.", "<p>J’habite <strong>Nantes</strong>.</p>", 1);

        account.delete();

        assertTrue(account.isDeleted());
        assertFalse(account.isActive());
        assertEquals("deleted:42", account.username());
        assertEquals("deleted:42", account.email());
        assertEquals("", account.displayName());
        assertEquals("", account.bioRaw());
        assertEquals("", account.bioHtml());
        assertFalse(hasher.verify("une phrase de passe", account.passwordHash()));
    }

    @Test
    void theOldNameAndAddressAreFreeBecauseNoSignUpCanProduceThePlaceholders() throws Exception {
        Account account = saved(new Account("Odile", "odile@collectif.test", "x", Role.MEMBER), 7);
        account.delete();
        assertNotEquals(Account.loginKey("Odile"), Account.loginKey(account.username()));
        assertTrue(
                AccountRules.usernameProblem(account.username()).isPresent(), "nobody can sign up as the placeholder");
        assertTrue(AccountRules.emailProblem(account.email()).isPresent(), "nor with its address");
    }

    @Test
    void thePostsChoiceIsReadFromTheFormValuesOnly() {
        assertEquals(Optional.of(PostsChoice.KEEP_AS_DELETED_USER), PostsChoice.fromFormValue("keep"));
        assertEquals(Optional.of(PostsChoice.REMOVE), PostsChoice.fromFormValue("remove"));
        assertEquals(Optional.empty(), PostsChoice.fromFormValue(null));
        assertEquals(Optional.empty(), PostsChoice.fromFormValue("REMOVE"));
        assertEquals(Optional.empty(), PostsChoice.fromFormValue(""));
    }

    private static Account saved(Account account, long id) throws ReflectiveOperationException {
        Field field = Account.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(account, id);
        return account;
    }
}
