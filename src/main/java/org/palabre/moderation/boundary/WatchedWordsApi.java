package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.moderation.control.WatchedWords;
import org.palabre.moderation.entity.WatchedWord;
import org.palabre.moderation.entity.WatchedWordAction;
import org.palabre.web.control.InvalidInput;

/** The watched words over JSON, for administrators. */
@Path("api/moderation/watched-words")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RequestScoped
@Transactional
public class WatchedWordsApi {

    public record WatchedWordJson(long id, String phrase, String action) {}

    public record NewWatchedWord(String phrase, String action) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    WatchedWords watchedWords;

    @GET
    @Operation(summary = "The watched words (administrators)")
    public List<WatchedWordJson> all() {
        admin();
        return watchedWords.all().stream()
                .map(w -> new WatchedWordJson(w.id(), w.phrase(), w.action().name()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a word or phrase (* for letters within a word) with BLOCK, REQUIRE_APPROVAL or FLAG")
    public List<WatchedWordJson> add(NewWatchedWord word) {
        Account admin = admin();
        NewWatchedWord given = word == null ? new NewWatchedWord(null, null) : word;
        WatchedWordAction action = WatchedWordsResource.parse(given.action());
        if (action == null) {
            throw new InvalidInput(Map.of("action", "watchedWords.action.unknown"));
        }
        watchedWords.add(admin, given.phrase(), action).ifPresent(problem -> {
            throw new InvalidInput(Map.of("phrase", problem), WatchedWord.MAX_LENGTH);
        });
        return all();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop watching a word")
    public List<WatchedWordJson> remove(@PathParam("id") long id) {
        if (!watchedWords.remove(admin(), id)) {
            throw new NotFoundException();
        }
        return all();
    }

    private Account admin() {
        Account actor = currentAccount.require(Role.MEMBER);
        ModerationPermissions.require(ModerationPermissions.canManageWatchedWords(actor));
        return actor;
    }
}
