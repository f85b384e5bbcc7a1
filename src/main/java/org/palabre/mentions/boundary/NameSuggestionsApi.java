package org.palabre.mentions.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.mentions.control.NameSuggestions;
import org.palabre.security.control.RateLimits;

/** Names to complete an @mention with, for the composer: signed-in members only, as it lists who is here. */
@Path("api/users/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@RequestScoped
@Transactional
public class NameSuggestionsApi {

    /** A member's name, or a group's (group true; no display name of its own). Nothing else about anyone. */
    public record Suggestion(String username, String displayName, Boolean group) {
        static Suggestion of(NameSuggestions.Suggestion found) {
            return found.group()
                    ? new Suggestion(found.username(), null, true)
                    : new Suggestion(found.username(), found.displayName(), null);
        }
    }

    // About one request per key typed, for a minute of typing names.
    static final RateLimits.Limit SUGGESTIONS = new RateLimits.Limit("name-suggestions", 60, Duration.ofSeconds(60));

    @Inject
    CurrentAccount currentAccount;

    @Inject
    RateLimits rateLimits;

    @Inject
    NameSuggestions suggestions;

    @GET
    @Operation(
            summary =
                    "Up to 8 active members and mentionable groups whose name starts with q, for completing a mention (signed-in members)")
    public List<Suggestion> suggest(@QueryParam("q") String prefix) {
        Account member = currentAccount.require(Role.MEMBER);
        rateLimits.take(SUGGESTIONS, member.id().toString());
        return suggestions.startingWith(member, prefix).stream()
                .map(Suggestion::of)
                .toList();
    }
}
