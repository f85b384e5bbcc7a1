package org.palabre.search.control;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The part of every query that keeps out what the reader may not read, so counts and pages are made of readable
 * posts only. In a readable category, members find posts shown to members (PostVisibility.isShownToMembers) in
 * listed topics; its moderators also find the posts of unlisted topics and posts hidden by flags awaiting their
 * review (PostVisibility.isAwaitingReview). Withdrawn, deleted and pending posts are found by nobody: search is
 * for reading, and the moderation pages list those.
 */
final class PermittedPosts {

    private PermittedPosts() {}

    static BooleanPredicateClausesStep<?> filter(SearchPredicateFactory f, ReaderScope scope) {
        BooleanPredicateClausesStep<?> visible = f.bool()
                .should(f.bool()
                        .must(f.match().field(PostFields.SHOWN).matching(true))
                        .must(f.match().field(PostFields.LISTED).matching(true)));
        if (!scope.moderated().isEmpty()) {
            visible.should(f.bool()
                    .must(f.terms().field(PostFields.CATEGORY).matchingAny(scope.moderated()))
                    .must(f.bool()
                            .should(f.match().field(PostFields.SHOWN).matching(true))
                            .should(f.match().field(PostFields.AWAITING_REVIEW).matching(true))));
        }
        return f.bool()
                .filter(f.terms().field(PostFields.CATEGORY).matchingAny(scope.readable()))
                .filter(visible);
    }
}
