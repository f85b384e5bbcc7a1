package org.palabre.search.control;

import java.util.List;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.palabre.posts.entity.Post;

/**
 * Maps posts to the index from here rather than by annotations on {@link Post}: posts stand below search and
 * know nothing of it.
 */
public class PostMapping implements HibernateOrmSearchMappingConfigurer {

    /**
     * The index's name changes with the form of its documents: an upgraded Palabre then finds no index of its own
     * and rebuilds one in the background (ReindexAtStart) instead of reading the old form with the new mapping,
     * which a search server would refuse at start-up. Indexes of an earlier form: {@link #EARLIER_INDEXES}.
     */
    static final String INDEX = "posts-2";

    /** Written by earlier Palabres: text and title once per language (title_fr, text_en ...). */
    static final List<String> EARLIER_INDEXES = List.of("posts");

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep post = context.programmaticMapping().type(Post.class);
        post.indexed().index(INDEX);
        post.binder(new PostDocument());
    }
}
