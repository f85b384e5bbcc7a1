package org.palabre.markdown.control;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/** The rewrite of a 20-post page's stored HTML, each post with text, a link and two remote images. */
public final class ProxiedImagesBench {

    private ProxiedImagesBench() {}

    /** As a page does it: one MAC for the page. */
    private static java.util.function.Function<String, String> signer(byte[] key) {
        javax.crypto.Mac mac = ProxiedImages.mac(key);
        return a -> ProxiedImages.PATH + ProxiedImages.token(mac, a);
    }

    public static void page(int pages) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        StringBuilder html = new StringBuilder();
        for (int post = 0; post < 20; post++) {
            html.append(renderer.render("Message " + post + " : voir [le compte rendu](https://forum.test/cr/"
                    + post + ").\n\n![la banderole](https://photos.example.org/" + post
                    + "/banderole.jpg) et ![le cortège](https://photos.example.org/" + post
                    + "/cortege.jpg?taille=grande&x=1)\n\nUn paragraphe de plus pour la longueur d’un vrai message."));
        }
        String stored = html.toString();
        byte[] key = "a key of the site, 32 bytes long".getBytes(StandardCharsets.UTF_8);
        var threads = ManagementFactory.getThreadMXBean();
        int length = 0;
        for (int i = 0; i < pages / 2; i++) { // warm-up
            length += ProxiedImages.rewrite(stored, signer(key)).length();
        }
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < pages; i++) {
            length += ProxiedImages.rewrite(stored, signer(key)).length();
        }
        System.out.printf(
                "rewrite of a 20-post page (%d KB, 40 remote images): %.1f us wall, %.1f us CPU per page (%d)%n",
                stored.length() / 1024,
                (System.nanoTime() - wall) / 1e3 / pages,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / pages,
                length % 7);
    }
}
