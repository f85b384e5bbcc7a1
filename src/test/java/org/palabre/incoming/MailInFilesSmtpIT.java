package org.palabre.incoming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.ReceivedMail.header;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.SmtpServer;
import org.palabre.testing.WebClient;
import org.palabre.uploads.control.SampleFiles;

/**
 * Files in members' mail: a photo from a phone is posted like a web upload and served without its position, a
 * disguised program is left out of the post and its sender told why, and the category's moderators, alone, can
 * read the mail a post came from.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailInFilesSmtpIT {

    private static final String CATEGORY = "courrier-mf";
    private static final Pattern UPLOAD = Pattern.compile("/uploads/[0-9a-f]{32}/[A-Za-z0-9_.-]+");
    private static final Pattern ORIGINAL = Pattern.compile("/mail/originals/(\\d+)");

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        SmtpServer.get();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    private record Mailed(WebClient reader, WebClient fellow, String address, Forum.Place topic, MimeMessage mail) {}

    /** A trusted member mailed about a mention; the author of the topic is a fellow member. */
    private Mailed mentioned(String name, String title) {
        String address = name.toLowerCase() + "@example.org";
        WebClient reader = Members.joined(uri, name, address);
        assertEquals(
                303,
                reader.submit(
                                "/preferences/mail",
                                "/preferences/mail",
                                Map.of(
                                        "mention", "ALWAYS", "reply", "ALWAYS", "quote", "ALWAYS", "watched", "ALWAYS",
                                        "digest", "NEVER"))
                        .statusCode());
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                200,
                Forum.json(admin, "POST", "/api/moderation/members/" + name + "/trust", "{}")
                        .statusCode());
        WebClient author = Members.joined(uri, name + "a", name.toLowerCase() + "a@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, title, "Le premier message du fil.");
        Forum.reply(author, topic, 1, "Bonjour @" + name + ", une photo ?");
        MimeMessage mail = SmtpServer.awaitForumMail(address, 1).get(0);
        return new Mailed(reader, author, address, topic, mail);
    }

    /** The member's answer with one file attached, as a mail client sends it. */
    private static MimeMessage withFile(Mailed mailed, String text, String fileName, String type, byte[] file)
            throws Exception {
        MimeMessage mail =
                MailInCalls.written(mailed.address(), header(mailed.mail(), "Reply-To"), "Re: photo", text, Map.of());
        MimeBodyPart words = new MimeBodyPart();
        words.setText(text + "\n\nLe 4 déc. 2026, Palabre a écrit :\n> Le message d'origine\n", "UTF-8");
        MimeBodyPart attached = new MimeBodyPart();
        attached.setContent(file, type);
        attached.setFileName(fileName);
        attached.setDisposition(MimeBodyPart.ATTACHMENT);
        attached.setHeader("Content-Transfer-Encoding", "base64");
        Multipart parts = new MimeMultipart(words, attached);
        mail.setContent(parts);
        mail.saveChanges();
        return mail;
    }

    @Test
    void aPhotoInAMailedReplyIsPostedInlineAndServedWithoutItsPosition() throws Exception {
        Mailed mailed = mentioned("MfPhoto", "Photos du chantier");
        Instant arrived = Instant.now();
        SmtpServer.deliverToPalabre(withFile(
                mailed, "Voici le chantier ce matin.", "IMG_0042.JPG", "image/jpeg", SampleFiles.photo(800, 600, 1)));
        MailInCalls.PostSeen post = MailInCalls.await(
                () -> MailInCalls.post(mailed.reader(), mailed.topic().id(), "Voici le chantier ce matin."),
                found -> found != null);
        System.out.println("Mail in with a photo: from the IMAP mailbox to the post on the site in "
                + Duration.between(arrived, Instant.now()).toMillis() + " ms");
        assertNotNull(post, "the reply is posted with its photo");
        Matcher image = UPLOAD.matcher(post.cooked());
        assertTrue(image.find(), "the photo is in the post: " + post.cooked());
        assertTrue(post.cooked().contains("<img src=\\\"" + image.group()), "shown inline: " + post.cooked());

        HttpResponse<byte[]> served = new WebClient(uri)
                .bytes(new WebClient(uri).request(image.group()).GET().build());
        assertEquals(200, served.statusCode());
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served.body()));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class), "no position in the served photo");
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), "no camera either");
        assertTrue(
                SmtpServer.to(mailed.address()).stream().noneMatch(MailInFilesSmtpIT::isLeftOutNotice),
                "nothing was left out, so nothing to tell");
    }

    @Test
    void aProgramNamedLikeAPdfIsLeftOutThePostIsMadeAndOnlyModeratorsSeeTheOriginal() throws Exception {
        Mailed mailed = mentioned("MfFacture", "Factures du mois");
        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        SmtpServer.deliverToPalabre(
                withFile(mailed, "Ci-joint la facture demandée.", "facture.pdf", "application/pdf", program));
        MailInCalls.PostSeen post = MailInCalls.await(
                () -> MailInCalls.post(mailed.reader(), mailed.topic().id(), "Ci-joint la facture demandée."),
                found -> found != null);
        assertNotNull(post, "the text is posted without the file");
        assertFalse(post.cooked().contains("/uploads/"), post.cooked());

        List<MimeMessage> notices = MailInCalls.await(
                () -> SmtpServer.to(mailed.address()).stream()
                        .filter(MailInFilesSmtpIT::isLeftOutNotice)
                        .toList(),
                list -> !list.isEmpty());
        assertEquals(1, notices.size(), "the member is told, once");
        String notice = (String) notices.get(0).getContent();
        assertTrue(notice.contains("facture.pdf"), notice);
        assertTrue(notice.contains("Ce genre de fichier"), "why, in French: " + notice);

        WebClient admin = Administrator.signedIn(uri);
        Matcher link = ORIGINAL.matcher(admin.get(mailed.topic().topicPath()).body());
        assertTrue(link.find(), "staff see a link to the original mail");
        HttpResponse<String> original = admin.get(link.group());
        assertEquals(200, original.statusCode());
        assertTrue(original.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(
                original.body().contains("Content-Disposition: attachment; filename=facture.pdf"),
                "the raw message, whole: " + original.body());
        assertTrue(
                original.body().contains("&lt;mffacture@example.org&gt;")
                        || original.body().contains("mffacture@example.org"),
                "its headers");
        assertFalse(mailed.fellow().get(mailed.topic().topicPath()).body().contains("/mail/originals/"));
        assertEquals(404, mailed.fellow().get(link.group()).statusCode(), "a fellow member cannot read it");
        assertEquals(404, mailed.reader().get(link.group()).statusCode(), "nor its own sender");
        assertEquals(404, new WebClient(uri).get(link.group()).statusCode(), "nor a visitor");
    }

    @Test
    void anAdministratorMaySendASavedMessageFileToThePipeline() throws Exception {
        Mailed mailed = mentioned("MfFichier", "Sujet du fichier eml");
        MimeMessage answer = MailInCalls.written(
                mailed.address(), header(mailed.mail(), "Reply-To"), "Re: eml", "Reçu par fichier .eml.", Map.of());
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        answer.writeTo(eml);
        WebClient admin = Administrator.signedIn(uri);
        String token = WebClient.csrfTokenIn(admin.get("/admin/mail/incoming").body());
        HttpResponse<String> sent = admin.send(messageFile(admin, token, eml.toByteArray()));
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(
                sent.headers().firstValue("Location").orElse("").matches(".*/admin/mail/incoming/\\d+"),
                "to the received mail's page");
        assertNotNull(MailInCalls.await(
                () -> MailInCalls.post(mailed.reader(), mailed.topic().id(), "Reçu par fichier .eml."),
                found -> found != null));
    }

    private static HttpRequest messageFile(WebClient client, String token, byte[] eml) {
        String boundary = "----palabre" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"message\"; filename=\"reponse.eml\""
                        + "\r\nContent-Type: message/rfc822\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(eml);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.request("/admin/mail/incoming/file")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", client.origin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static boolean isLeftOutNotice(MimeMessage mail) {
        try {
            return mail.getSubject().startsWith("Publié sans");
        } catch (Exception e) {
            return false;
        }
    }
}
