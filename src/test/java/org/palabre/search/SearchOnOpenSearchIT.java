package org.palabre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.PackagedServer;
import org.palabre.testing.SearchServerNode;
import org.palabre.testing.WebClient;

/**
 * Search through a real OpenSearch node (started here in a JVM of its own) instead of the embedded index: the
 * packaged Palabre with PALABRE_SEARCH_URL, on the database of the run. When the run is on PostgreSQL
 * (PALABRE_DB_URL), two servers share a database that this class creates and drops; posts are written through
 * server A and searched through server B, so every test also shows that each server's writes reach the index
 * (outbox polling). On the embedded H2 database one server does both, through the same outbox.
 */
class SearchOnOpenSearchIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE =
            "palabre_search_opensearch_" + ProcessHandle.current().pid();

    private static final List<Process> servers = new ArrayList<>();
    private static SearchServerNode node;
    private static boolean postgres;
    private static Path dataDir;
    /** Where posts are written, and where they are searched: two servers on PostgreSQL, one on H2. */
    private static URI a;

    private static URI b;

    @BeforeAll
    static void startOpenSearchThenPalabre() throws Exception {
        dataDir = Files.createDirectories(
                Path.of(System.getProperty("palabre.it.dataDir", "target/it-data") + "-opensearch"));
        node = SearchServerNode.start(dataDir.resolve("opensearch"), Duration.ofSeconds(300));
        postgres = String.valueOf(System.getenv("PALABRE_DB_URL")).startsWith("jdbc:postgresql:");
        if (postgres) {
            try (Connection server = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                    Statement create = server.createStatement()) {
                create.execute("DROP DATABASE IF EXISTS " + DATABASE);
                create.execute("CREATE DATABASE " + DATABASE);
            } catch (SQLException unreachable) {
                node.close();
                Assumptions.abort("This run is on PostgreSQL, and none answers at 127.0.0.1:5432 ("
                        + unreachable.getMessage() + "): skipped");
            }
        }
        int portA = PackagedServer.freePort();
        if (postgres) {
            int portB = PackagedServer.freePort();
            CompletableFuture<URI> first = CompletableFuture.supplyAsync(() -> start("a", portA));
            CompletableFuture<URI> second = CompletableFuture.supplyAsync(() -> start("b", portB));
            a = first.join();
            b = second.join();
        } else {
            a = start("a", portA);
            b = a;
        }
        String code =
                Files.readString(dataDir.resolve("a").resolve("setup-code.txt")).strip();
        PackagedServer.setUpAdministrator(new WebClient(a), code, Administrator.PASSWORD);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (Process server : servers) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            if (node != null) {
                node.close();
            }
            if (postgres) {
                try (Connection server = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                        Statement drop = server.createStatement()) {
                    drop.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
                }
            }
        }
    }

    @Test
    void frenchAndEnglishWordsFindTheirPostsWhateverTheirForm() throws Exception {
        Forum.publicCategory(a, "recherche-os");
        WebClient visitor = new WebClient(b);
        SearchLanguagesHttpIT.wordsFindTheirPostsWhateverTheirForm(
                Administrator.signedIn(a), "recherche-os", visitor, "os");
        for (String hostile : List.of("\"", "(((", "foo~2 bar^3 ||| && !!", "title:foo AND body:[a TO z]", "/regex/")) {
            HttpResponse<String> answer = visitor.get("/api/search?q=" + SearchLanguagesHttpIT.encode(hostile));
            assertEquals(200, answer.statusCode(), hostile + ": " + answer.body());
        }
    }

    @Test
    void groupPostsAreFoundByTheGroupAndHiddenPostsByStaffOnly() throws Exception {
        WebClient admin = Administrator.signedIn(a);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "bureau-os", "description", ""))
                        .statusCode());
        Forum.category(a, "bureau-os", "GROUPS", "bureau-os", "GROUPS", "bureau-os");
        Forum.publicCategory(a, "place-os");
        WebClient insider = Members.joined(a, "Ines-os", "ines.os@collectif.test");
        WebClient outsider = Members.joined(a, "Oscar-os", "oscar.os@collectif.test");
        assertEquals(
                303,
                admin.submit("/g/bureau-os", "/g/bureau-os/members", Map.of("username", "Ines-os"))
                        .statusCode());
        Forum.topic(insider, "bureau-os", "Ordre du jour", "Trésorerie et Pangolinos.");
        Forum.Place open = Forum.topic(outsider, "place-os", "Affiches", "Qui colle les Tamanoiros?");

        WebClient insiderOnB = Members.signedIn(b, "Ines-os", Members.PASSWORD);
        WebClient outsiderOnB = Members.signedIn(b, "Oscar-os", Members.PASSWORD);
        WebClient adminOnB = Members.signedIn(b, Administrator.USERNAME, Administrator.PASSWORD);
        WebClient visitorOnB = new WebClient(b);
        SearchFollowsChangesHttpIT.assertFound(insiderOnB, "pangolinos", 1, "a group post, for its group");
        SearchFollowsChangesHttpIT.assertFound(outsiderOnB, "pangolinos", 0, "... not for another member");
        SearchFollowsChangesHttpIT.assertFound(visitorOnB, "pangolinos", 0, "... nor for a visitor");

        SearchFollowsChangesHttpIT.assertFound(visitorOnB, "tamanoiros", 1, "a public post");
        long postId = Forum.postId(admin, open);
        HttpResponse<String> flagged = Forum.json(
                admin, "POST", "/api/posts/" + postId + "/flags", "{\"reason\":\"SPAM\",\"message\":\"test\"}");
        assertEquals(201, flagged.statusCode(), flagged.body());
        SearchFollowsChangesHttpIT.assertFound(visitorOnB, "tamanoiros", 0, "a post hidden by flags, for visitors");
        SearchFollowsChangesHttpIT.assertFound(outsiderOnB, "tamanoiros", 0, "... and its author");
        SearchFollowsChangesHttpIT.assertFound(insiderOnB, "tamanoiros", 0, "... and other members");
        SearchFollowsChangesHttpIT.assertFound(adminOnB, "tamanoiros", 1, "... but not for staff");
    }

    @Test
    void bothServersIndexWhatTheyWriteIntoTheOneIndex() throws Exception {
        Assumptions.assumeTrue(
                postgres,
                "This run is on the embedded H2 database, where one server indexes through the outbox; the run on"
                        + " PostgreSQL (PALABRE_DB_URL) starts two servers: skipped");
        Forum.publicCategory(a, "deux-os");
        Forum.topic(
                Members.signedIn(b, Administrator.USERNAME, Administrator.PASSWORD),
                "deux-os",
                "Écrit sur B",
                "Ocelotos venu du second serveur.");
        SearchFollowsChangesHttpIT.assertFound(new WebClient(a), "ocelotos", 1, "written on B, found through A");
        try (Connection db = DriverManager.getConnection(POSTGRES + DATABASE, "postgres", "");
                PreparedStatement agents = db.prepareStatement("SELECT count(*) FROM hsearch_agents");
                ResultSet count = agents.executeQuery()) {
            count.next();
            assertEquals(2, count.getLong(1), "each server's agent shares the outbox");
        }
        String index = node.get("/posts-read/_count").body();
        assertFalse(index.contains("\"count\":0"), index);
    }

    private static URI start(String name, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("PALABRE_DATA_DIR", dataDir.resolve(name).toAbsolutePath().toString());
        if (postgres) {
            env.put("PALABRE_DB_URL", POSTGRES + DATABASE);
            env.put("PALABRE_DB_USER", "postgres");
            env.put("PALABRE_DB_PASSWORD", "");
        }
        env.put("PALABRE_SEARCH_URL", node.url().toString());
        env.put("PALABRE_JOBS_POLLING_SECONDS", "1");
        env.put("PALABRE_LIMITS_MAIL_ADDRESS", "100/1");
        env.put("PALABRE_LIMITS_MAIL_CLIENT", "100/1");
        env.put("PALABRE_LIMITS_SIGNUP_CLIENT", "100/1");
        for (String action :
                List.of("TOPIC", "POST", "TOPIC_NEW_ACCOUNT", "POST_NEW_ACCOUNT", "SEARCH", "SIGNIN_CLIENT")) {
            env.put("PALABRE_LIMITS_" + action, "100/1");
        }
        Path log = dataDir.resolve(name + ".log");
        Process server = PackagedServer.start(port, log, env);
        synchronized (servers) {
            servers.add(server);
        }
        return PackagedServer.awaitReady(server, port, log, Duration.ofSeconds(300));
    }
}
