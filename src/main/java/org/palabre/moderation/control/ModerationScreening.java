package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostScreening;
import org.palabre.posts.entity.Cooked;

/** Watched words, the limits of new members and the approval thresholds, applied to every post and edit. */
@ApplicationScoped
public class ModerationScreening implements PostScreening {

    @Inject
    WatchedWords watchedWords;

    @Inject
    Trust trust;

    @Inject
    Approvals approvals;

    @Override
    public Verdict screenNew(Account author, Category category, boolean startsTopic, String title, Cooked post) {
        WatchedWords.Verdict words = watchedWords.check(title, post.raw());
        Verdict refused = refusal(author, words, post);
        if (refused != null) {
            return refused;
        }
        boolean hold = approvals.mustHold(author, category, startsTopic, words);
        return new Verdict(null, null, hold, words.flagged());
    }

    @Override
    public Verdict screenEdit(Account author, Cooked post) {
        WatchedWords.Verdict words = watchedWords.check(post.raw());
        Verdict refused = refusal(author, words, post);
        if (refused != null) {
            return refused;
        }
        return new Verdict(
                null,
                null,
                false,
                Stream.concat(words.needApproval().stream(), words.flagged().stream())
                        .toList());
    }

    /** A watched word that blocks, or a new member's post over its limits: refused, naming what is wrong. */
    private Verdict refusal(Account author, WatchedWords.Verdict words, Cooked post) {
        if (words.blocked()) {
            return new Verdict("watchedWords.blocked", words.blockedBy(), false, List.of());
        }
        return trust.refusal(author, LinkCount.of(post.facts()))
                .map(r -> new Verdict(r.problem(), r.limit(), false, List.of()))
                .orElse(null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFlags(long postId, Verdict verdict) {
        watchedWords.recordFlags(postId, new WatchedWords.Verdict(null, List.of(), verdict.flaggingWords()));
    }

    @Override
    public boolean isNewMember(Account author) {
        return trust.isNew(author);
    }
}
