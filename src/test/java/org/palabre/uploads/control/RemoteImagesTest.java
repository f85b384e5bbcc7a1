package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The image proxy's fetcher against a local server. Here "images.example" resolves to 127.0.0.1 and that one
 * address stands for the public internet; every other address is judged by the real rule (PublicAddresses).
 * "inside.example" resolves to a private address, "rebinding.example" to a public and a private one.
 */
class RemoteImagesTest {

    private HttpServer server;
    private int port;
    private final byte[] photo = SampleFiles.photo(20, 20, 1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/photo.jpg", exchange -> answer(exchange, 200, null, photo));
        server.createContext(
                "/page.html", exchange -> answer(exchange, 200, null, "<html><script>x</script>".getBytes()));
        server.createContext("/big.jpg", exchange -> answer(exchange, 200, null, new byte[300_000]));
        server.createContext(
                "/to-metadata", exchange -> answer(exchange, 302, "http://169.254.169.254/latest/meta-data/", null));
        server.createContext(
                "/to-loopback", exchange -> answer(exchange, 302, "http://127.0.0.2:" + port + "/photo.jpg", null));
        server.createContext(
                "/to-mapped", exchange -> answer(exchange, 301, "http://[::ffff:7f00:2]:" + port + "/photo.jpg", null));
        server.createContext(
                "/to-inside", exchange -> answer(exchange, 302, "http://inside.example:" + port + "/photo.jpg", null));
        server.createContext("/to-photo", exchange -> answer(exchange, 302, "/photo.jpg", null));
        server.createContext("/loop", exchange -> answer(exchange, 302, "/loop", null));
        server.createContext("/slow.jpg", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, null, photo);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RemoteImages fetcher() {
        RemoteImages.Resolver resolver = host -> switch (host) {
            case "images.example" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            case "inside.example" -> new InetAddress[] {InetAddress.getByName("192.168.1.10")};
            // one public and one private address: a second lookup could give either
            case "rebinding.example" ->
                new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("10.0.0.1")};
            default -> InetAddress.getAllByName(host);
        };
        InetAddress standIn = loopback();
        return new RemoteImages(
                resolver, address -> address.equals(standIn) || PublicAddresses.isPublic(address), 200_000, 1500);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI at(String path) {
        return URI.create("http://images.example:" + port + path);
    }

    @Test
    void aPublicImageIsFetchedAndARedirectOnTheSameSiteFollowed() throws Exception {
        assertArrayEquals(photo, fetcher().fetch(at("/photo.jpg")));
        assertArrayEquals(photo, fetcher().fetch(at("/to-photo")));
    }

    @Test
    void privateAddressesAreRefusedWhetherAskedOrReachedByRedirect() {
        for (String refused : new String[] {
            "http://127.0.0.2:" + port + "/photo.jpg",
            "http://inside.example:" + port + "/photo.jpg",
            "http://rebinding.example:" + port + "/photo.jpg",
            "http://[::1]:" + port + "/photo.jpg",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/x.jpg",
            "http://[::ffff:127.0.0.2]:" + port + "/photo.jpg",
            "file:///etc/passwd",
            "ftp://images.example/x.jpg"
        }) {
            assertThrows(RemoteImages.Refused.class, () -> fetcher().fetch(URI.create(refused)), refused);
        }
        for (String trick : new String[] {"/to-metadata", "/to-loopback", "/to-mapped", "/to-inside", "/loop"}) {
            assertThrows(RemoteImages.Refused.class, () -> fetcher().fetch(at(trick)), trick);
        }
    }

    @Test
    void whatIsNotAnImageOrTooLargeOrTooSlowIsRefused() {
        assertThrows(RemoteImages.Refused.class, () -> fetcher().fetch(at("/page.html")));
        assertThrows(RemoteImages.Refused.class, () -> fetcher().fetch(at("/big.jpg")));
        assertThrows(RemoteImages.Refused.class, () -> fetcher().fetch(at("/slow.jpg")));
    }

    @Test
    void theAddressRuleKnowsTheDisguisesOfPrivateAddresses() throws Exception {
        for (String inside : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:c0a8:101::1",
            "2001:0:4136:e378::1",
            "::127.0.0.1"
        }) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(inside)), inside);
        }
        for (String outside : new String[] {"93.184.215.14", "2606:4700::6810:84e5", "8.8.8.8"}) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(outside)), outside);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String location, byte[] body)
            throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
