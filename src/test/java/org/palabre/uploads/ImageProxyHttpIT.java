package org.palabre.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;
import org.palabre.uploads.control.SampleFiles;

/**
 * The image proxy, end to end: images from "another site" (a small server of this test) shown from the forum
 * when an administrator turns the proxy on, cleaned of their metadata, fetched once; and every address that
 * leads into the server's own network refused, the redirect to one included.
 *
 * <p>The suite's server lets the proxy reach 127.0.0.2 and no other private address
 * ({@code palabre.uploads.remote-test-addresses}, arquillian.xml): the "other site" listens there, while the
 * server the proxy must never reach listens on 127.0.0.1, as a service on the forum's own machine would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImageProxyHttpIT {

    private static final Pattern PROXIED = Pattern.compile("<img src=\"(/uploads/remote/[A-Za-z0-9_.-]+)\"");

    @ArquillianResource
    URL base;

    private URI uri;
    private HttpServer elsewhere;
    private HttpServer ownMachine;
    private final AtomicInteger photoFetches = new AtomicInteger();
    private final AtomicInteger ownMachineRequests = new AtomicInteger();
    private WebClient admin;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, "proxy-images");
        admin = Administrator.signedIn(uri);
        byte[] photo = SampleFiles.photo(800, 600, 6);
        ownMachine = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ownMachine.createContext("/", exchange -> {
            ownMachineRequests.incrementAndGet();
            answer(exchange, 200, "image/jpeg", photo);
        });
        ownMachine.start();
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        elsewhere.createContext("/cortege.jpg", exchange -> {
            photoFetches.incrementAndGet();
            answer(exchange, 200, "image/jpeg", photo);
        });
        elsewhere.createContext("/vers-la-machine.jpg", exchange -> {
            exchange.getResponseHeaders().add("Location", ownMachineAddress() + "/secret.jpg");
            answer(exchange, 302, "text/plain", new byte[0]);
        });
        elsewhere.createContext(
                "/page.jpg",
                exchange -> answer(
                        exchange,
                        200,
                        "image/jpeg",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        elsewhere.start();
    }

    @AfterEach
    void tearDown() {
        admin.submit("/admin/settings", "/admin/settings/images", Map.of());
        elsewhere.stop(0);
        ownMachine.stop(0);
    }

    @Test
    void imagesFromElsewhereAreShownFromTheForumCleanedAndNothingReachesTheServersOwnNetwork() throws Exception {
        String site = "http://127.0.0.2:" + elsewhere.getAddress().getPort();
        String raw = "Vue du cortège : ![le cortège](" + site + "/cortege.jpg)\n\n"
                + "![sur la machine](" + ownMachineAddress() + "/secret.jpg)\n\n"
                + "![redirigée](" + site + "/vers-la-machine.jpg)\n\n"
                + "![métadonnées du nuage](http://169.254.169.254/latest/meta-data/)\n\n"
                + "![une page](" + site + "/page.jpg)";
        Forum.Place topic = Forum.topic(admin, "proxy-images", "Photos du cortège", raw);
        WebClient visitor = new WebClient(uri);

        String off = visitor.get(topic.topicPath()).body();
        assertTrue(off.contains("href=\"" + site + "/cortege.jpg\""), "off, an image from elsewhere is a link");
        assertFalse(off.contains("/uploads/remote/"), off);

        assertEquals(
                303,
                admin.submit("/admin/settings", "/admin/settings/images", Map.of("imageProxy", "on"))
                        .statusCode());
        assertTrue(admin.get("/admin/settings").body().contains("name=\"imageProxy\" value=\"on\" checked"));
        String on = visitor.get(topic.topicPath()).body();
        assertFalse(on.contains("127.0.0.2"), "the other site is named nowhere in the page");
        assertFalse(on.contains(ownMachineAddress()), on);
        assertFalse(on.contains("169.254.169.254"), on);
        List<String> images = all(PROXIED, on);
        assertEquals(5, images.size(), on);
        assertTrue(on.contains("alt=\"le cortège\""), on);

        HttpResponse<byte[]> photo =
                visitor.bytes(visitor.request(images.get(0)).GET().build());
        UploadsHttpIT.assertServedClean(photo);
        assertTrue(photo.headers().firstValue("Cache-Control").orElseThrow().startsWith("public, max-age="));
        assertEquals(
                200, visitor.bytes(visitor.request(images.get(0)).GET().build()).statusCode());
        assertEquals(1, photoFetches.get(), "a second reader gets the kept copy");

        for (String refused : images.subList(1, 5)) {
            HttpResponse<String> answer = visitor.get(refused);
            assertEquals(502, answer.statusCode(), refused);
            assertTrue(answer.headers().firstValue("Location").isEmpty());
            assertTrue(answer.body().contains("Image indisponible"), answer.body());
        }
        assertEquals(0, ownMachineRequests.get(), "nothing reached the forum's own machine, redirected or not");

        String token = images.get(0).substring("/uploads/remote/".length());
        String otherAddress = token.substring(0, token.indexOf('.') + 1)
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString((site + "/autre.jpg").getBytes(StandardCharsets.UTF_8));
        assertEquals(404, visitor.get("/uploads/remote/" + otherAddress).statusCode(), "only signed addresses");

        admin.submit("/admin/settings", "/admin/settings/images", Map.of());
        assertFalse(visitor.get(topic.topicPath()).body().contains("/uploads/remote/"), "off again, links again");
        assertEquals(404, visitor.get(images.get(0)).statusCode(), "and the proxy answers nothing");
    }

    private String ownMachineAddress() {
        return "http://127.0.0.1:" + ownMachine.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
