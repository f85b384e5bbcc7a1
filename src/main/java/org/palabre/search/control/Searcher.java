package org.palabre.search.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.posts.entity.Post;

/** Runs a reader's search: their words, the form's filters and what they may read, in one query to the index. */
@RequestScoped
public class Searcher {

    /** The query syntax readers may type; WordMarks reads the same when it marks their words. */
    static final Set<SimpleQueryFlag> SYNTAX = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.WHITESPACE);

    private static final String SHOWN_POSTS =
            "SELECT p FROM Post p JOIN FETCH p.topic JOIN FETCH p.author WHERE p.id IN ("
                    + IntStream.range(0, SearchRequest.PAGE_SIZE)
                            .mapToObj(i -> ":id" + i)
                            .collect(Collectors.joining(", "))
                    + ")";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions permissions;

    public SearchResults search(Account reader, SearchRequest request) {
        SearchTerms terms = request.terms();
        if (terms.isEmpty() && request.author() == null && request.topic() == null) {
            return SearchResults.none();
        }
        ReaderScope scope = ReaderScope.of(reader, permissions);
        Set<Long> categories = new HashSet<>();
        Set<Long> authors = new HashSet<>();
        List<String> categoriesNamed = new ArrayList<>(terms.categories());
        if (request.category() != null) {
            categoriesNamed.add(request.category());
        }
        List<String> authorsNamed = new ArrayList<>(terms.authors());
        if (request.author() != null) {
            authorsNamed.add(request.author());
        }
        for (String slug : categoriesNamed) {
            Long id = ReaderScope.readableCategory(reader, permissions, slug);
            if (id == null) {
                return SearchResults.none();
            }
            categories.add(id);
        }
        for (String username : authorsNamed) {
            Long id = memberId(username);
            if (id == null) {
                return SearchResults.none();
            }
            authors.add(id);
        }
        if (scope.readable().isEmpty()) {
            return SearchResults.none();
        }
        SearchResult<Long> result = Search.session(entityManager)
                .search(Post.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    BooleanPredicateClausesStep<?> query = PermittedPosts.filter(f, scope);
                    if (!terms.words().isBlank()) {
                        query.must(words(f, terms.words(), request.titlesOnly()));
                    } else if (request.titlesOnly()) {
                        query.filter(f.match().field(PostFields.FIRST).matching(true));
                    }
                    if (!categories.isEmpty()) {
                        query.filter(f.terms().field(PostFields.CATEGORY).matchingAny(categories));
                    }
                    if (!authors.isEmpty()) {
                        query.filter(f.terms().field(PostFields.AUTHOR).matchingAny(authors));
                    }
                    if (request.topic() != null) {
                        query.filter(f.match().field(PostFields.TOPIC).matching(request.topic()));
                    }
                    if (request.from() != null || request.to() != null) {
                        query.filter(f.range()
                                .field(PostFields.CREATED)
                                .between(
                                        request.from() == null
                                                ? null
                                                : request.from()
                                                        .atStartOfDay(ZoneOffset.UTC)
                                                        .toInstant(),
                                        request.to() == null
                                                ? null
                                                : request.to()
                                                        .plusDays(1)
                                                        .atStartOfDay(ZoneOffset.UTC)
                                                        .toInstant()));
                    }
                    return query;
                })
                .sort(f -> request.byDate() || terms.words().isBlank()
                        ? f.field(PostFields.CREATED).desc()
                        : f.score())
                .totalHitCountThreshold(SearchResults.COUNTED_EXACTLY)
                .fetch(request.offset(), SearchRequest.PAGE_SIZE);
        WordMarks marks = WordMarks.of(terms.words());
        return new SearchResults(
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact(),
                Math.max(request.page(), 1),
                shown(result.hits()).stream()
                        .map(post -> FoundPost.hit(post, marks))
                        .toList());
    }

    /**
     * The posts found, in the index's order, each with the topic and author the page shows, in one statement.
     * Its ids are a page's worth of single parameters (the last id repeated on a short page), not a list:
     * Hibernate translates a statement that binds a list, as its own loading does, to SQL again at every search.
     * A post removed from the database behind the index's back is left out; a re-index forgets it.
     */
    private List<Post> shown(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Post> query = entityManager.createQuery(SHOWN_POSTS, Post.class);
        for (int i = 0; i < SearchRequest.PAGE_SIZE; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        Map<Long, Post> byId = query.getResultStream().collect(Collectors.toMap(Post::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Words in a post's text or, for a topic's first post, which alone carries the title, in its title. */
    private static SimpleQueryStringPredicateOptionsStep<?> words(
            SearchPredicateFactory f, String words, boolean titlesOnly) {
        return titlesOnly ? syntax(f, words, PostFields.TITLE) : syntax(f, words, PostFields.TITLE, PostFields.TEXT);
    }

    private static SimpleQueryStringPredicateOptionsStep<?> syntax(
            SearchPredicateFactory f, String words, String... fields) {
        return f.simpleQueryString()
                .fields(fields)
                .matching(words)
                .defaultOperator(BooleanOperator.AND)
                .flags(SYNTAX);
    }

    private Long memberId(String username) {
        return entityManager
                .createNamedQuery(Account.ACTIVE_BY_USERNAME, Account.class)
                .setParameter("key", Account.loginKey(username))
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .findFirst()
                .map(Account::id)
                .orElse(null);
    }
}
