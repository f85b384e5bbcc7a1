package org.palabre.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.palabre.posts.entity.Post;

/**
 * Creates the index on the search server when it is missing, or checks that it is the one this Palabre writes,
 * at start-up rather than while Hibernate boots: every Palabre server sharing the database may start at the same
 * moment, and the one that loses the race to create the index finds it made by another and checks it instead.
 * The embedded index needs none of this (Hibernate Search creates it in the data folder at boot).
 */
@ApplicationScoped
public class ServerIndex {

    private static final Logger LOG = Logger.getLogger(ServerIndex.class.getName());

    @Inject
    @ConfigProperty(name = "palabre.search.url")
    Optional<String> serverUrl;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    void createOrValidate() {
        if (serverUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return;
        }
        var schema = Search.mapping(entityManagerFactory).scope(Post.class).schemaManager();
        try {
            schema.createOrValidate();
        } catch (SearchException failure) {
            // Most likely another server created the index between the check and the creation: then it is there.
            try {
                schema.validate();
                LOG.info("Another Palabre server created the search index meanwhile; it is the expected one");
            } catch (SearchException stillFailing) {
                failure.addSuppressed(stillFailing);
                throw failure;
            }
        }
    }
}
