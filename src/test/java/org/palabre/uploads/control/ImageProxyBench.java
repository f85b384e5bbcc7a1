package org.palabre.uploads.control;

import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.palabre.markdown.control.ProxiedImagesBench;

/**
 * What the image proxy costs: showing a page whose posts hold remote images (the rewrite of stored HTML, per
 * page), and fetching plus re-encoding one phone photo (what a reader's first request for an image costs the
 * server). CPU time of this thread next to wall time.
 */
public final class ImageProxyBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ProxiedImagesBench.page(rounds * 2000);

        byte[] photo = SampleFiles.photo(2000, 1500, 6);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/photo.jpg", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, photo.length);
            exchange.getResponseBody().write(photo);
            exchange.close();
        });
        server.start();
        // The bench's own server is on loopback, which the site refuses: allowed here only.
        RemoteImages remote = new RemoteImages(InetAddress::getAllByName, address -> true, 5 << 20, 5000);
        URI address = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/photo.jpg");
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds + 2; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            byte[] sent = remote.fetch(address);
            ImageReencoder.Encoded encoded = new ImageReencoder(50_000_000).reencode(sent, FileKind.JPEG, 1600);
            if (round >= 2) {
                System.out.printf(
                        "fetch + re-encode %d KB photo (2000x1500) -> %d KB: %.1f ms wall, %.1f ms CPU%n",
                        photo.length / 1024,
                        encoded.bytes().length / 1024,
                        (System.nanoTime() - wall) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
        server.stop(0);
    }
}
