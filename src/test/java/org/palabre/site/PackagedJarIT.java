package org.palabre.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;

/**
 * The microbundle as a newcomer runs it (the README's command, see .ci/run): `java -jar
 * target/palabre-microbundle.jar --port N`, no base URL, a fresh data folder, the default limits. Not an
 * Arquillian test: these are the packaged launcher's and start-up's own behaviours.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/palabre-microbundle.jar");
    private static final String PASSWORD = "une phrase de passe solide";
    private static final Pattern FRAMED_CODE =
            Pattern.compile("={40,}\\s+Palabre has no administrator yet\\.\\s+Open (\\S+) and enter this one-time"
                    + " code:\\s+([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

    @TempDir
    Path dataDir;

    @Test
    void aTakenPortEndsTheProcessPromptlyWithAnErrorStatus() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process palabre = start(taken.getLocalPort(), Map.of());
            try {
                assertTrue(
                        palabre.waitFor(120, TimeUnit.SECONDS),
                        "the process must end when Payara cannot listen; log:\n" + tail());
                assertNotEquals(0, palabre.exitValue(), "a supervisor must learn that the start failed");
                assertTrue(log().contains("Palabre failed to start"), tail());
            } finally {
                palabre.destroyForcibly();
            }
        }
    }

    @Test
    void anUnreachableDatabaseEndsTheProcessWithAnErrorStatusInsteadOfServingNothing() throws Exception {
        int closed = freePort();
        Process palabre =
                start(freePort(), Map.of("PALABRE_DB_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/palabre"));
        try {
            assertTrue(
                    palabre.waitFor(180, TimeUnit.SECONDS),
                    "Payara must not say ready and serve 404s without Palabre; log:\n" + tail());
            assertNotEquals(0, palabre.exitValue());
            assertTrue(log().contains("Palabre failed to deploy"), tail());
        } finally {
            palabre.destroyForcibly();
        }
    }

    @Test
    void aFirstStartOnAnyPortLinksToThatPortShowsItsSetupCodeLastAndLetsAMeetingJoin() throws Exception {
        int port = freePort();
        Process palabre = start(port, Map.of("PALABRE_DEMO", "true"));
        try {
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            waitUntilReady(palabre, base);
            String origin = "http://localhost:" + port;

            // The set-up code: in its file at once, and framed after Payara's "ready" line.
            Path codeFile = dataDir.resolve("setup-code.txt");
            assertTrue(Files.isRegularFile(codeFile), "the code is written to the data folder");
            String code = Files.readString(codeFile).strip();
            String log = waitForLog(FRAMED_CODE);
            Matcher framed = FRAMED_CODE.matcher(log);
            assertTrue(framed.find());
            assertEquals(origin + "/setup", framed.group(1), "the setup hint names the port the server listens on");
            assertEquals(code, framed.group(2));
            assertTrue(log.contains(codeFile.toAbsolutePath().toString()), "the log says where the file is");
            assertTrue(
                    framed.start() > log.lastIndexOf("Payara Micro URLs"),
                    "the code comes after Payara's own start-up lines");
            assertFalse(log.contains("localhost:8080"), "no link to a port nobody listens on");

            // The demo is there to try Palabre out, under names nobody has.
            WebClient visitor = new WebClient(base);
            String home = visitor.get("/").body();
            assertTrue(home.contains("Lancement de la campagne"), "the demo forum shows its campaign thread");
            assertTrue(visitor.get("/u/demo-heron").body().contains("Héron (démo)"), "demo members say they are");

            WebClient admin = new WebClient(base);
            assertEquals(
                    303,
                    admin.submit(
                                    "/setup",
                                    "/setup",
                                    Map.of(
                                            "code",
                                            code,
                                            "username",
                                            "admin",
                                            "email",
                                            "admin@palabre.test",
                                            "password",
                                            PASSWORD,
                                            "passwordAgain",
                                            PASSWORD))
                            .statusCode());
            assertFalse(Files.exists(codeFile), "a used code is not left lying around");
            assertEquals(
                    303,
                    admin.submit("/signin", "/signin", Map.of("login", "admin", "password", PASSWORD))
                            .statusCode());

            // Invite links on the page follow the server too.
            String invitePage = admin.submit("/invites", "/invites", Map.of("note", "réunion", "days", "7"))
                    .body();
            Matcher invite = Pattern.compile(
                            "<code class=\"new-invite\">(\\S+/signup\\?invite=([A-Za-z0-9_-]{43}))</code>")
                    .matcher(invitePage);
            assertTrue(invite.find(), invitePage);
            assertTrue(invite.group(1).startsWith(origin + "/signup?invite="), invite.group(1));

            // A meeting on one Wi-Fi: thirty people join from one address; the next waits, unless invited.
            // (The limit refills as it goes, 30 an hour, so a slow machine may let one or two more in.)
            int joinedBeforeRefusal = 0;
            while (joinedBeforeRefusal < 40) {
                HttpResponse<String> joined = signUp(base, "personne" + (joinedBeforeRefusal + 1), null);
                if (joined.statusCode() == 429) {
                    break;
                }
                assertEquals(200, joined.statusCode(), joined.body());
                joinedBeforeRefusal++;
            }
            assertTrue(joinedBeforeRefusal >= 30, "a meeting of 30 joins from one address: " + joinedBeforeRefusal);
            assertTrue(joinedBeforeRefusal < 40, "a script is still held back");
            assertEquals(
                    200,
                    signUp(base, "invitee", invite.group(2)).statusCode(),
                    "an invited person is never held back by others' sign-ups");
            assertEquals(
                    429,
                    signUp(base, "resquilleur", invite.group(2)).statusCode(),
                    "an invitation lifts the limit once: a leaked link is no way around it");

            // Verification mail links follow the server.
            String mails = admin.get("/admin/mail/stored").body();
            Matcher verifyMail =
                    Pattern.compile("href=\"/admin/mail/([0-9]+)\"").matcher(mails);
            assertTrue(verifyMail.find(), mails);
            String mail = admin.get("/admin/mail/" + verifyMail.group(1)).body();
            assertTrue(mail.contains(origin + "/signup/verify/"), mail);

            removeTheDemo(base, admin);
            assertEquals(
                    200, signUp(base, "demo-castor", newInvite(admin)).statusCode(), "the demo's names are free again");
        } finally {
            palabre.destroy();
            if (!palabre.waitFor(30, TimeUnit.SECONDS)) {
                palabre.destroyForcibly();
            }
        }
    }

    /** Removing the demo takes what it made and leaves what real members wrote, even inside demo topics. */
    private static void removeTheDemo(URI base, WebClient admin) {
        String campaign = admin.get("/c/campagne-vsa").body();
        String meeting = firstMatch(campaign, "/t/compte-rendu[a-z0-9-]*/[0-9]+");
        String launch = firstMatch(campaign, "/t/lancement[a-z0-9-]*/[0-9]+");
        Forum.Place meetingTopic = new Forum.Place(meeting.split("/")[2], Long.parseLong(meeting.split("/")[3]), 1);
        Forum.reply(admin, meetingTopic, null, "Une vraie réponse, qui doit rester.");
        String international = firstMatch(admin.get("/c/international").body(), "/t/[a-z0-9-]+/[0-9]+");

        String confirmation = admin.get("/admin/settings").body();
        assertTrue(confirmation.contains("action=\"/admin/demo\""), "one button on the settings page");
        String page = admin.get("/admin/demo").body();
        assertTrue(page.contains("6 membres, 3 sujets et 2 catégories"), page);
        assertEquals(303, admin.submit("/admin/demo", "/admin/demo", Map.of()).statusCode());

        WebClient visitor = new WebClient(base);
        assertFalse(visitor.get("/").body().contains("Lancement de la campagne"));
        assertEquals(404, visitor.get(launch).statusCode(), "a topic only the demo wrote in is gone");
        assertEquals(404, visitor.get(international).statusCode());
        assertEquals(404, visitor.get("/c/international").statusCode(), "an emptied demo category is gone");
        assertEquals(404, visitor.get("/u/demo-heron").statusCode(), "demo members are gone");
        String kept = visitor.get(meeting).body();
        assertTrue(kept.contains("Une vraie réponse, qui doit rester."), "a real member's reply stays");
        assertFalse(kept.contains("Une soixantaine de personnes"), "the demo's posts in it are erased");
        assertEquals(200, visitor.get("/c/campagne-vsa").statusCode(), "its category, still in use, stays");
        assertTrue(admin.get("/admin/demo").body().contains("aucun contenu de démonstration"));
    }

    private static String newInvite(WebClient admin) {
        return firstMatch(
                        admin.submit("/invites", "/invites", Map.of("note", "Castor", "days", "7"))
                                .body(),
                        "invite=[A-Za-z0-9_-]{43}")
                .substring("invite=".length());
    }

    private static String firstMatch(String body, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        assertTrue(matcher.find(), regex + " in " + body);
        return matcher.group();
    }

    private static HttpResponse<String> signUp(URI base, String username, String invite) {
        WebClient client = new WebClient(base);
        String page = invite == null ? "/signup" : "/signup?invite=" + invite;
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "username", username,
                "email", username + "@reunion.test",
                "password", PASSWORD,
                "passwordAgain", PASSWORD));
        if (invite != null) {
            fields.put("invite", invite);
        }
        return client.submit(page, "/signup", fields);
    }

    private Process start(int port, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        // As a newcomer starts it: none of the suite's own settings (PostgreSQL, base URL, limits) leak in.
        builder.environment().keySet().removeIf(name -> name.startsWith("PALABRE_"));
        builder.environment().put("PALABRE_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void waitUntilReady(Process palabre, URI base) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        WebClient probe = new WebClient(base);
        while (Instant.now().isBefore(deadline)) {
            if (!palabre.isAlive()) {
                throw new AssertionError("Palabre ended with status " + palabre.exitValue());
            }
            try {
                if (probe.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Palabre was not ready within 4 minutes");
    }

    private String waitForLog(Pattern pattern) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String log = log();
            if (pattern.matcher(log).find()) {
                return log;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not in the log: " + pattern + "\n" + tail());
    }

    private Path logFile() {
        return dataDir.resolve("server.log");
    }

    private String log() throws IOException {
        return Files.exists(logFile()) ? Files.readString(logFile(), StandardCharsets.UTF_8) : "";
    }

    private String tail() throws IOException {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
