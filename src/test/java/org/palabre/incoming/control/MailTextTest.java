package org.palabre.incoming.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.palabre.mail.control.ReplyTrimmer;

class MailTextTest {

    @Test
    void aReplyKeepsOnlyWhatTheMemberWrote() {
        String mail = "Je viens jeudi.\n\nLe 4 déc. 2026, Palabre a écrit :\n> Bonjour\n> à jeudi ?\n";
        assertEquals("Je viens jeudi.", new ReplyTrimmer().trim(mail));
        // An answer written between quotes keeps the quote it answers, as the member laid it out.
        assertEquals("Yes.\n\n> quoted\n\nSee you", new ReplyTrimmer().trim("Yes.\n> quoted\nSee you\n-- \nCamille\n"));
    }

    @Test
    void aSubjectBecomesATitleWithoutItsReplyPrefixes() {
        assertEquals("Rassemblement", MailReceiver.title("Re: Fwd: Rassemblement"));
        assertEquals("Rassemblement", MailReceiver.title("  Rassemblement "));
    }

    @Test
    void aRefusalSaysWhyInTheMembersLanguageAndGivesTheirTextBack() {
        String french = RefusalAnswers.body(
                Locale.FRENCH,
                ZoneId.of("Europe/Paris"),
                new RefusalAnswers.Why("topics.closed"),
                "Mon texte précieux");
        assertTrue(french.contains("Ce sujet est fermé") || french.contains("fermé"), french);
        assertTrue(french.contains("Mon texte précieux"), french);
        String english = RefusalAnswers.body(
                Locale.ENGLISH,
                ZoneId.of("UTC"),
                new RefusalAnswers.Why("moderation.silenced", Instant.parse("2030-01-02T10:00:00Z")),
                "My precious text");
        assertTrue(english.contains("silenced until January 2, 2030"), english);
        assertTrue(english.contains("My precious text"), english);
    }
}
