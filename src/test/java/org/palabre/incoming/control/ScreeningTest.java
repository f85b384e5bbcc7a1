package org.palabre.incoming.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    private static Optional<String> screened(String headers) throws Exception {
        String raw = headers + "Subject: Re: hello\r\nTo: palabre+k@forum.example\r\n\r\nMerci !\r\n";
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return Screening.ignored(message, "palabre@forum.example", List.of("forum.example"));
    }

    @Test
    void aMemberWritingByHandIsNotIgnored() throws Exception {
        assertEquals(Optional.empty(), screened("From: Camille <camille@example.org>\r\n"));
        assertEquals(Optional.empty(), screened("From: camille@example.org\r\nAuto-Submitted: no\r\n"));
    }

    @Test
    void vacationRespondersAndBulkMailAreIgnored() throws Exception {
        for (String header : List.of(
                "Auto-Submitted: auto-replied\r\n",
                "X-Autoreply: yes\r\n",
                "X-Autorespond: yes\r\n",
                "Precedence: bulk\r\n",
                "Precedence: junk\r\n",
                "Precedence: list\r\n",
                "X-Auto-Response-Suppress: All\r\n",
                "Return-Path: <>\r\n")) {
            assertEquals(
                    Optional.of("incoming.ignored.automatic"),
                    screened("From: camille@example.org\r\n" + header),
                    header);
        }
        assertEquals(Optional.of("incoming.ignored.automatic"), screened("From: MAILER-DAEMON@mx.example.org\r\n"));
    }

    @Test
    void mailWithNoSenderIsIgnored() throws Exception {
        assertEquals(Optional.of("incoming.ignored.noSender"), screened(""));
        assertEquals(Optional.of("incoming.ignored.noSender"), screened("From: <>\r\n"));
    }

    @Test
    void palabresOwnMailComingBackIsIgnored() throws Exception {
        assertEquals(Optional.of("incoming.ignored.own"), screened("From: palabre@forum.example\r\n"));
        assertEquals(Optional.of("incoming.ignored.own"), screened("From: bounces+1-x@forum.example\r\n"));
        assertEquals(
                Optional.of("incoming.ignored.own"),
                screened("From: camille@example.org\r\nX-Palabre-Loop: palabre@forum.example\r\n"));
    }

    @Test
    void anotherListsMailIsIgnoredButOursIsNot() throws Exception {
        assertEquals(
                Optional.of("incoming.ignored.otherList"),
                screened("From: camille@example.org\r\nList-Id: Other <other.lists.example.net>\r\n"));
        assertEquals(
                Optional.empty(),
                screened("From: camille@example.org\r\nList-Id: Annonces <annonces.forum.example>\r\n"));
    }
}
