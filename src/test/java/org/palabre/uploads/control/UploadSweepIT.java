package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.entity.Post;
import org.palabre.testing.ForumWriter;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;
import org.palabre.uploads.entity.Upload;

/**
 * The sweep, inside the running Palabre against its database and data folder: a file no visible post shows goes
 * once the grace period is over, one a post shows stays, and a proxied image from elsewhere goes once stale.
 */
@ExtendWith(ArquillianExtension.class)
class UploadSweepIT {

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    Uploads uploads;

    @Inject
    UploadReferences references;

    @Inject
    UploadSweep sweep;

    @Inject
    RemoteImageCache remoteImages;

    @Inject
    StoredFiles files;

    @Test
    void anUnpostedFileGoesAfterTheGracePeriodAndAPostedOneStays() throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        Account author = forum.members("sweep-lea").get(0);
        Category category = forum.category("Balayage", "sweep-balayage");
        transaction.commit();
        Upload posted = uploads.accept(author, "ordre-du-jour.txt", text("Ordre du jour : le local, la fête."));
        Upload abandoned = uploads.accept(author, "brouillon.txt", text("Brouillon jamais publié."));

        transaction.begin();
        Topic topic = new Topic(entityManager.merge(category), TopicTitle.of("Réunion de jeudi"), author);
        entityManager.persist(topic);
        Post post = new Post(
                topic,
                entityManager.merge(author),
                null,
                content.cook("L’ordre du jour : " + posted.markdown()).cooked());
        entityManager.persist(post);
        entityManager.persist(post.firstRevision());
        entityManager.flush();
        references.refresh(post.id());
        transaction.commit();

        Instant now = Instant.now();
        sweep.sweep(now);
        assertTrue(stored(abandoned), "within the grace period nothing goes");
        sweep.sweep(now.plus(Duration.ofHours(73)));

        assertTrue(stored(posted), "the posted file's bytes stay");
        assertEquals(1, uploads.at(prefix(posted), posted.name()).size(), "and so does its row");
        assertFalse(stored(abandoned), "the file never posted is gone from the store");
        assertTrue(uploads.at(prefix(abandoned), abandoned.name()).isEmpty(), "and from the database");
    }

    @Test
    void aStaleProxiedImageGoesUnlessAnUploadSharesItsContent() throws Exception {
        byte[] alone = text("Une image d’ailleurs, " + System.nanoTime());
        String aloneSha = Uploads.sha256(alone);
        files.put(aloneSha, alone);
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        remoteImages.keep("a".repeat(64), new RemoteImageCache.Entry(aloneSha, "image/png", null, longAgo));

        transaction.begin();
        Account author =
                new ForumWriter(entityManager, content).members("sweep-marc").get(0);
        transaction.commit();
        Upload shared = uploads.accept(author, "affiche.txt", text("Affiche partagée " + System.nanoTime()));
        remoteImages.keep("b".repeat(64), new RemoteImageCache.Entry(shared.sha256(), "image/png", null, longAgo));

        sweep.sweep(Instant.now());

        assertTrue(remoteImages.fresh("a".repeat(64), Instant.now()).isEmpty());
        assertFalse(files.size(aloneSha).isPresent(), "the stale image's bytes are gone");
        assertTrue(files.size(shared.sha256()).isPresent(), "bytes an upload also names stay");
        assertEquals(List.of(), remoteRows("b".repeat(64)), "the stale row itself is gone");
    }

    private List<?> remoteRows(String addressSha) {
        return entityManager
                .createNativeQuery("SELECT sha256 FROM remote_images WHERE address_sha256 = :a")
                .setParameter("a", addressSha)
                .getResultList();
    }

    private boolean stored(Upload upload) throws Exception {
        return files.size(upload.sha256()).isPresent();
    }

    private static String prefix(Upload upload) {
        return upload.sha256().substring(0, Upload.PREFIX_LENGTH);
    }

    private static byte[] text(String words) {
        return (words + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
