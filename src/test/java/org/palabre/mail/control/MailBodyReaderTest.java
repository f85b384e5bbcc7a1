package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a member reads as their post is what they typed, never a script, a tracker or a dangerous link. */
class MailBodyReaderTest {

    private final MailBodyReader reader = new MailBodyReader();

    static MimeMessage mail(String raw) throws Exception {
        return mail(raw.getBytes(StandardCharsets.UTF_8));
    }

    static MimeMessage mail(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private MailBody html(String html) throws Exception {
        return reader.read(mail("From: bob@example.net\nMIME-Version: 1.0\n"
                + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + html));
    }

    @Test
    void scriptsStylesAndTheirTextNeverReachThePost() throws Exception {
        MailBody body = html("<p>Hello</p><script>alert('pwned')</script><style>p{color:red}</style>"
                + "<p onclick=\"steal()\">there</p><iframe src=\"https://evil.example\"></iframe>");
        assertEquals("Hello\n\nthere", body.text());
        assertTrue(body.fromHtml());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)",
                "file:///etc/passwd"
            })
    void aLinkToAnythingButTheWebOrMailKeepsOnlyItsText(String href) throws Exception {
        String text = html("<p>Please <a href=\"" + href + "\">click here</a> now</p>")
                .text();
        assertEquals("Please click here now", text);
    }

    @Test
    void webAndMailLinksBecomeMarkdownLinks() throws Exception {
        String text = html("<p><a href=\"https://example.com/a(b)\">the photos</a> or "
                        + "<a href=\"mailto:bob@example.net\">write to me</a> or <a href=\"http://x.example\">"
                        + "http://x.example</a></p>")
                .text();
        assertEquals(
                "[the photos](https://example.com/a%28b%29) or [write to me](mailto:bob@example.net) or http://x.example",
                text);
    }

    @Test
    void imagesAndTrackingPixelsLeaveNoTrace() throws Exception {
        String text = html("<p>Look<img src=\"http://tracker.example.com/open.gif?u=1\" width=1 height=1>"
                        + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"photo\"></p>"
                        + "<div style=\"background:url(http://tracker.example.com/bg.gif)\">here</div>")
                .text();
        assertEquals("Look\n\nhere", text);
        assertFalse(text.contains("tracker") || text.contains("data:"), text);
    }

    @Test
    void emphasisListsAndQuotesBecomeMarkdown() throws Exception {
        String text = html("<p><b>Bold</b> and <em>soft</em></p><ul><li>one</li><li>two</li></ul>"
                        + "<blockquote><p>quoted</p><p>twice</p></blockquote><p>end<br>line</p>")
                .text();
        assertEquals("**Bold** and *soft*\n\n- one\n- two\n\n> quoted\n>\n> twice\n\nend\nline", text);
    }

    @Test
    void oneDivPerLineStaysOneLineAndAnEmptyDivIsABlankLine() throws Exception {
        String text = html("<div>Line one</div><div>line two</div><div><br></div><div>Next paragraph</div>")
                .text();
        assertEquals("Line one\nline two\n\nNext paragraph", text);
    }

    @Test
    void aHugeHtmlMailIsConvertedInLinearTime() throws Exception {
        String spans = "<span>word </span>".repeat(100_000);
        long start = System.nanoTime();
        String text = html("<p>" + spans + "</p><p>end</p>").text();
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "too slow");
        assertTrue(text.endsWith("word\n\nend"), text.substring(text.length() - 20));
    }

    @Test
    void thePlainTextAlternativeWinsOverHtml() throws Exception {
        MailBody body = reader.read(mail("""
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8

                Typed *text*
                --b
                Content-Type: text/html; charset=utf-8

                <p>Typed <b>HTML</b></p>
                --b--
                """));
        assertEquals("Typed *text*", body.text());
        assertFalse(body.fromHtml());
    }

    @Test
    void htmlIsReadWhenThePlainAlternativeIsEmpty() throws Exception {
        MailBody body = reader.read(mail("""
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8


                --b
                Content-Type: multipart/related; boundary="r"

                --r
                Content-Type: text/html; charset=utf-8

                <p>Only <i>here</i></p>
                --r
                Content-Type: image/png
                Content-Disposition: inline; filename="logo.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --r--
                --b--
                """));
        assertEquals("Only *here*", body.text());
        assertTrue(body.fromHtml());
        assertEquals(
                List.of(new MailAttachment(
                        "logo.png",
                        "image/png",
                        8,
                        java.util.Base64.getDecoder().decode("iVBORw0KGgo="))),
                body.attachments());
    }

    @Test
    void attachmentsAreListedWithTheirDecodedSizeAndNeverReadAsText() throws Exception {
        MailBody body = reader.read(mail("""
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=utf-8

                See attached.
                --m
                Content-Type: text/plain; charset=utf-8; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                secret notes
                --m
                Content-Type: application/pdf; name="=?UTF-8?Q?recette_=C3=A9t=C3=A9.pdf?="
                Content-Disposition: attachment; filename*=UTF-8''recette%20%C3%A9t%C3%A9.pdf
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --m--
                """));
        assertEquals("See attached.", body.text());
        assertEquals(
                List.of(
                        new MailAttachment(
                                "notes.txt", "text/plain", 12, "secret notes".getBytes(StandardCharsets.UTF_8)),
                        new MailAttachment(
                                "recette été.pdf",
                                "application/pdf",
                                9,
                                "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8))),
                body.attachments());
    }

    @Test
    void theHtmlVersionsInlineImageIsKeptWhenThePlainTextIsRead() throws Exception {
        MailBody body = reader.read(mail("""
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="a"

                --a
                Content-Type: text/plain; charset=utf-8

                The plain words.
                --a
                Content-Type: multipart/related; boundary="r"

                --r
                Content-Type: text/html; charset=utf-8

                <p>The <b>rich</b> words <img src="cid:pic1"></p>
                --r
                Content-Type: image/png
                Content-ID: <pic1>
                Content-Disposition: inline; filename="pic.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --r--
                --a--
                """));
        assertEquals("The plain words.", body.text());
        assertEquals(1, body.attachments().size(), "the picture the HTML showed is one of the mail's files");
        assertEquals("pic.png", body.attachments().get(0).fileName());
    }

    @Test
    void latin1AndMislabelledWindows1252AreDecoded() throws Exception {
        byte[] head = ("MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-8859-1\n"
                        + "Content-Transfer-Encoding: 8bit\n\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] text = "Ça coûte 3 € – l’été".getBytes("windows-1252");
        byte[] raw = new byte[head.length + text.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        System.arraycopy(text, 0, raw, head.length, text.length);
        assertEquals("Ça coûte 3 € – l’été", reader.read(mail(raw)).text());
    }

    @Test
    void linesEndWithLineFeedsOnly() throws Exception {
        String raw = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOne\r\nTwo\r\n";
        assertEquals("One\nTwo", reader.read(mail(raw)).text());
    }

    @Test
    void aTextWithoutCharsetIsReadAsUtf8() throws Exception {
        assertEquals(
                "Déjà vu",
                reader.read(mail("MIME-Version: 1.0\nContent-Type: text/plain\n\nDéjà vu"))
                        .text());
    }

    @Test
    void quotedPrintableAndBase64AreDecoded() throws Exception {
        assertEquals(
                "Très bien = parfait",
                reader.read(mail("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                                + "Content-Transfer-Encoding: quoted-printable\n\nTr=C3=A8s bien =3D pa=\nrfait"))
                        .text());
        assertEquals(
                "Très bien",
                reader.read(mail("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                                + "Content-Transfer-Encoding: base64\n\nVHLDqHMgYmllbg=="))
                        .text());
    }

    @Test
    void flowedLinesAreJoinedAndSpaceStuffingRemoved() throws Exception {
        String raw = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
                + "A long line that \nwas wrapped.\n From the start\n> quoted \n> wrapped\n\n-- \nBob\n";
        assertEquals(
                "A long line that was wrapped.\nFrom the start\n> quoted wrapped\n\n-- \nBob",
                reader.read(mail(raw)).text());
    }

    @Test
    void delSpRemovesTheSpaceOfASoftBreak() throws Exception {
        String raw = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
                + "Pneumono \nultramicroscopic\n";
        assertEquals("Pneumonoultramicroscopic", reader.read(mail(raw)).text());
    }

    @Test
    void quotedPartsOfAnHtmlAnswerAreDropped() throws Exception {
        String text = html("<div>Mine</div><div class=\"gmail_quote\">On ... wrote:<blockquote>old</blockquote></div>"
                        + "<div class=\"moz-cite-prefix\">Le ... a écrit :</div><blockquote type=\"cite\">older</blockquote>"
                        + "<hr><div id=\"divRplyFwdMsg\"><b>From:</b> x</div><div>oldest</div>")
                .text();
        assertEquals("Mine", text);
    }
}
