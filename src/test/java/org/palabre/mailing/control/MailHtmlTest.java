package org.palabre.mailing.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailHtmlTest {

    @Test
    void relativeLinksPointAtTheSite() {
        String html = MailHtml.of(
                "<p><a href=\"/u/lea\" class=\"mention\">@lea</a> <a href=\"https://example.org/x\">x</a></p>",
                "https://forum.example");
        assertTrue(html.contains("href=\"https://forum.example/u/lea\""), html);
        assertTrue(html.contains("href=\"https://example.org/x\""), html);
    }

    @Test
    void anUploadedImageBecomesALinkToTheSiteNeverAnAttachmentOrALoad() {
        String html = MailHtml.of(
                "<p><a href=\"/uploads/0123456789abcdef0123456789abcdef/affiche.jpg\" class=\"upload-image\">"
                        + "<img src=\"/uploads/0123456789abcdef0123456789abcdef/affiche.jpg\" alt=\"l&#39;affiche\""
                        + " loading=\"lazy\" /></a></p>",
                "https://forum.example");
        assertFalse(html.contains("<img"), html);
        assertTrue(
                html.contains("href=\"https://forum.example/uploads/0123456789abcdef0123456789abcdef/affiche.jpg\""),
                html);
        assertTrue(html.contains(">l&#39;affiche</a>"), html);
    }

    @Test
    void nothingInTheMailLoadsOrRuns() {
        String html = MailHtml.of(
                "<p><img src=\"https://tracker.example/p.gif\"><a href=\"javascript:alert(1)\">x</a>"
                        + "<a href=\"//evil.example/\">y</a><input type=\"checkbox\" checked disabled> fait</p>",
                "https://forum.example");
        assertFalse(html.contains("<img") || html.contains("javascript:") || html.contains("<input"), html);
        assertFalse(html.contains("href=\"https://forum.example//evil"), html);
    }

    @Test
    void quotesAndCodeGetInlineStylesBecauseMailClientsDropStyleSheets() {
        String html = MailHtml.of(
                "<blockquote><p>cité</p></blockquote><pre><code>code</code></pre>", "https://forum.example");
        assertTrue(html.contains("<blockquote style=\""), html);
        assertTrue(html.contains("<pre style=\""), html);
    }
}
