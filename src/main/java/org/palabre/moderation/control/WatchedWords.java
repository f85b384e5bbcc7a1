package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.palabre.accounts.entity.Account;
import org.palabre.database.control.CacheVersions;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.moderation.entity.WatchedWord;
import org.palabre.moderation.entity.WatchedWordAction;
import org.palabre.moderation.entity.WatchedWordHit;

/** The watched words: kept by administrators, checked on every new or edited title and post. */
@ApplicationScoped
public class WatchedWords {

    /** What the words found in a text ask for: a block names its word; the others list theirs. */
    public record Verdict(String blockedBy, List<String> needApproval, List<String> flagged) {
        static final Verdict CLEAR = new Verdict(null, List.of(), List.of());

        public boolean blocked() {
            return blockedBy != null;
        }

        public boolean holds() {
            return !needApproval.isEmpty();
        }
    }

    private record Watched(WatchedWordPattern pattern, WatchedWordAction action) {}

    private record Compiled(long version, List<Watched> words) {}

    /** Names the words' row in cache_versions: a change on any server makes every server compile them again. */
    static final String CACHE = "watched-words";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationLog log;

    @Inject
    CacheVersions versions;

    // Compiled once and again after each change, here or on another server: posts are checked far more often
    // than words change.
    private volatile Compiled compiled;

    @Transactional
    public List<WatchedWord> all() {
        return entityManager
                .createQuery("SELECT w FROM WatchedWord w ORDER BY w.action, w.phrase", WatchedWord.class)
                .getResultList();
    }

    /** Empty when added; else the message key of why not. */
    @Transactional
    public Optional<String> add(Account actor, String typed, WatchedWordAction action) {
        Optional<String> problem = WatchedWordPattern.problem(typed);
        if (problem.isPresent() || action == null) {
            return problem.or(() -> Optional.of("watchedWords.action.unknown"));
        }
        String phrase = typed.strip();
        boolean known = !entityManager
                .createQuery(
                        "SELECT w FROM WatchedWord w WHERE w.phrase = :phrase AND w.action = :action",
                        WatchedWord.class)
                .setParameter("phrase", phrase)
                .setParameter("action", action)
                .getResultList()
                .isEmpty();
        if (known) {
            return Optional.empty();
        }
        WatchedWord word = new WatchedWord(phrase, action);
        entityManager.persist(word);
        entityManager.flush();
        log.record(
                actor,
                ModerationActionKind.WATCHED_WORD_ADDED,
                TargetKind.WATCHED_WORD,
                word.id(),
                null,
                null,
                "{watchedWords.action." + action + "} " + phrase);
        versions.changed(CACHE);
        compiled = null;
        return Optional.empty();
    }

    @Transactional
    public boolean remove(Account actor, long id) {
        WatchedWord word = entityManager.find(WatchedWord.class, id);
        if (word == null) {
            return false;
        }
        entityManager.remove(word);
        log.record(
                actor,
                ModerationActionKind.WATCHED_WORD_REMOVED,
                TargetKind.WATCHED_WORD,
                id,
                null,
                null,
                "{watchedWords.action." + word.action() + "} " + word.phrase());
        versions.changed(CACHE);
        compiled = null;
        return true;
    }

    /** What the watched words say of these texts (a title and a post, say), compared case- and accent-insensitively. */
    public Verdict check(String... texts) {
        List<Watched> words = words();
        if (words.isEmpty()) {
            return Verdict.CLEAR;
        }
        String folded = Stream.of(texts)
                .filter(t -> t != null)
                .map(WatchedWordPattern::fold)
                .collect(Collectors.joining("\n"));
        String blockedBy = null;
        List<String> approval = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (Watched word : words) {
            if (!word.pattern().foundIn(folded)) {
                continue;
            }
            switch (word.action()) {
                case BLOCK -> blockedBy = blockedBy == null ? word.pattern().phrase() : blockedBy;
                case REQUIRE_APPROVAL -> approval.add(word.pattern().phrase());
                case FLAG -> flagged.add(word.pattern().phrase());
            }
        }
        return new Verdict(blockedBy, List.copyOf(approval), List.copyOf(flagged));
    }

    /** Lists the post for review under each word that flagged it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFlags(long postId, Verdict verdict) {
        verdict.flagged().forEach(phrase -> entityManager.persist(new WatchedWordHit(postId, phrase)));
    }

    private List<Watched> words() {
        long version = versions.current(CACHE); // read before the words: a change in between is seen next time
        Compiled current = compiled;
        if (current == null || current.version() != version) {
            current = new Compiled(
                    version,
                    all().stream()
                            .map(w -> new Watched(WatchedWordPattern.of(w.phrase()), w.action()))
                            .toList());
            compiled = current;
        }
        return current.words();
    }
}
