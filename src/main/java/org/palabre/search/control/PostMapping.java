package org.palabre.search.control;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.palabre.posts.entity.Post;

/**
 * Maps posts to the index from here rather than by annotations on {@link Post}: posts stand below search and
 * know nothing of it.
 */
public class PostMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep post = context.programmaticMapping().type(Post.class);
        post.indexed().index("posts");
        post.binder(new PostDocument());
    }
}
