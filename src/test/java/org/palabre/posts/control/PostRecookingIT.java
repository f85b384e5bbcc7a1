package org.palabre.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Category;
import org.palabre.markdown.control.MarkdownRenderer;
import org.palabre.posts.entity.Cooked;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/** Posts rendered by an older markdown renderer are rendered again from their raw markdown. */
@ExtendWith(ArquillianExtension.class)
class PostRecookingIT {

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostRecooking recooking;

    @Test
    void aPostCookedByAnOlderRendererIsRenderedAgainWithTheCurrentOne() throws Exception {
        transaction.begin();
        Account author = new Account("recuisson", "recuisson@collectif.test", "x", Role.MEMBER);
        entityManager.persist(author);
        Category category = new Category("Recuisson", "recuisson");
        entityManager.persist(category);
        Topic topic = new Topic(category, TopicTitle.of("Un vieux message"), author);
        entityManager.persist(topic);
        Post post = new Post(
                topic, author, null, new Cooked("**gras** et <b>brut</b>", "<p>rendu par une vieille version</p>", 0));
        entityManager.persist(post);
        transaction.commit();

        recooking.recookAll();

        Post again = entityManager.find(Post.class, post.id());
        assertEquals(MarkdownRenderer.VERSION, again.cookedVersion());
        assertEquals("<p><strong>gras</strong> et &lt;b&gt;brut&lt;/b&gt;</p>\n", again.cooked());
    }
}
