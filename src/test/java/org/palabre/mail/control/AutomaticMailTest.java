package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Out-of-office replies, bounces and list robots never become posts; a member's answer always can. */
class AutomaticMailTest {

    private static final String MEMBER = "From: Bob <bob@example.net>\nReturn-Path: <bob@example.net>\n"
            + "Subject: Re: Rye\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n";

    private static boolean automatic(String headers) throws Exception {
        return AutomaticMail.isAutomatic(MailBodyReaderTest.mail(headers + "\nHello\n"));
    }

    @Test
    void aMembersAnswerIsNotAutomatic() throws Exception {
        assertFalse(automatic(MEMBER));
        assertFalse(automatic(MEMBER + "Auto-Submitted: no\n"));
        assertFalse(automatic(MEMBER + "Precedence: first-class\n"));
        assertFalse(automatic(MEMBER + "X-Auto-Response-Suppress: DR, RN\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated",
                "Auto-Submitted: auto-notified; owner-email=\"x@example.net\"",
                "X-Autoreply: yes",
                "X-Autorespond: Out of office",
                "Precedence: bulk",
                "Precedence: junk",
                "Precedence: list",
                "Precedence: auto_reply",
                "X-Auto-Response-Suppress: All",
                "X-Auto-Response-Suppress: OOF, AutoReply",
                "X-Failed-Recipients: alice@example.org"
            })
    void aMailMarkedByItsRobotIsAutomatic(String header) throws Exception {
        assertTrue(automatic(MEMBER + header + "\n"), header);
    }

    @Test
    void aBounceIsAutomatic() throws Exception {
        String member = MEMBER.replace("Return-Path: <bob@example.net>\n", "");
        assertTrue(automatic(member + "Return-Path: <>\n"));
        assertTrue(automatic(member.replace(
                "From: Bob <bob@example.net>", "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>")));
        assertTrue(automatic(member.replace("From: Bob <bob@example.net>", "From: postmaster@example.net")));
        assertTrue(automatic(member.replace(
                "Content-Type: text/plain; charset=utf-8",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"x\"")));
    }
}
