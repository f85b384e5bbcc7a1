package org.palabre.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.ApiToken;
import org.palabre.accounts.entity.Role;
import org.palabre.invites.control.InvitationsInOwnData;
import org.palabre.invites.entity.Invite;

class AccountExportTest {

    @Test
    void theExportHoldsWhatTheMemberWroteAndChose() {
        Account member =
                new Account("Pauline", "pauline@collectif.test", "pbkdf2-sha256$1$c2Fs$aGFzaA==", Role.MODERATOR);
        member.describe("Pauline R.", "Je *tricote*.", "<p>Je <em>tricote</em>.</p>", 1);
        member.choosePreferences("en", "America/Montreal");
        ApiToken token = new ApiToken(member, "veille", "0123456789abcdef");
        Invite invite = new Invite("fedcba9876543210", member, "pour Quentin", Duration.ofDays(7));

        Instant now = Instant.now();
        AccountExport export = AccountExport.of(
                member,
                List.of(token),
                Map.of("invitations", List.of(InvitationsInOwnData.exported(invite, now))),
                now);

        assertEquals("Pauline", export.username());
        assertEquals("Pauline R.", export.displayName());
        assertEquals("Je *tricote*.", export.bio(), "the bio as written, not as rendered");
        assertEquals("pauline@collectif.test", export.email());
        assertEquals("en", export.language());
        assertEquals("America/Montreal", export.timeZone());
        assertEquals("moderator", export.role());
        assertEquals(List.of(new AccountExport.Token("veille", token.createdAt())), export.apiTokens());
        AccountExport.Invitation invitation =
                (AccountExport.Invitation) export.invitations().get(0);
        assertEquals("pour Quentin", invitation.note());
        assertEquals("active", invitation.state());
        assertTrue(export.posts().isEmpty());
    }

    @Test
    void noPartOfTheExportCanHoldAHashOrASecret() {
        for (Class<?> type : List.of(AccountExport.class, AccountExport.Token.class, AccountExport.Invitation.class)) {
            assertFalse(
                    Arrays.stream(type.getRecordComponents())
                            .map(c -> c.getName().toLowerCase(Locale.ROOT))
                            .anyMatch(name -> name.contains("hash")
                                    || name.contains("password")
                                    || name.contains("secret")
                                    || name.contains("token") && !name.equals("apitokens")),
                    type.getSimpleName());
        }
    }
}
