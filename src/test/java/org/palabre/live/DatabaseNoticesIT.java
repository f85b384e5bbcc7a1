package org.palabre.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.EventStream;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;

/**
 * On PostgreSQL, a notice another server publishes (here: another JDBC connection, NOTIFY and commit) reaches the
 * readers connected to this one. On the embedded H2 only one server runs and there is nothing to listen to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseNoticesIT {

    @ArquillianResource
    URL base;

    @Test
    void aNoticeCommittedByAnotherConnectionReachesTheReadersOfThisServer() throws Exception {
        String url = Optional.ofNullable(System.getenv("PALABRE_DB_URL")).orElse("");
        Assumptions.assumeTrue(
                url.startsWith("jdbc:postgresql:"),
                "Notices between servers need PostgreSQL: run with PALABRE_DB_URL=jdbc:postgresql://... to test them");
        URI uri = base.toURI();
        Forum.publicCategory(uri, "avis-lv");
        WebClient admin = Administrator.signedIn(uri);
        WebClient visitor = new WebClient(uri);
        Forum.Place topic = Forum.topic(admin, "avis-lv", "Vu d'un autre serveur", "Premier message.");
        long postId = Forum.postId(visitor, topic);
        long categoryId = LiveHttpIT.categoryId(visitor, "avis-lv");

        try (EventStream stream = EventStream.open(visitor, "/live/topics/" + topic.id());
                Connection other = DriverManager.getConnection(
                        url,
                        Optional.ofNullable(System.getenv("PALABRE_DB_USER")).orElse("postgres"),
                        Optional.ofNullable(System.getenv("PALABRE_DB_PASSWORD"))
                                .orElse(""))) {
            assertEquals(200, stream.status);
            other.setAutoCommit(false);
            try (PreparedStatement notify = other.prepareStatement("SELECT pg_notify('palabre_live', ?)")) {
                notify.setString(
                        1,
                        "{\"kind\":\"EDITED\",\"event\":987654321,\"post\":" + postId + ",\"topic\":" + topic.id()
                                + ",\"category\":" + categoryId + "}");
                notify.execute();
            }
            assertEquals(null, stream.next(Duration.ofSeconds(2)), "nothing leaves before the commit");
            other.commit();
            EventStream.Event told = stream.next(Duration.ofSeconds(10));
            assertNotNull(told, "the notice arrived as an event");
            assertEquals("987654321", told.id());
            assertTrue(
                    told.data().contains("\"kind\":\"edited\"") && told.data().contains("\"number\":1"), told.data());
        }
    }
}
