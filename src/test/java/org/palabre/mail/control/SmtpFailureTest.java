package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailureTest {

    /** Shaped like the SMTP exceptions of the mail implementation: a public getReturnCode(). */
    public static final class Replied extends MessagingException {
        private static final long serialVersionUID = 1L;
        private final int code;

        public Replied(int code, String message) {
            super(message);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void aFiveHundredReplyIsPermanent() {
        SmtpFailure failure = SmtpFailure.of(new Replied(550, "5.1.1 No such user"));
        assertTrue(failure.permanent());
        assertTrue(failure.reason().contains("No such user"), failure.reason());
    }

    @Test
    void aFourHundredReplyFoundDeepInTheChainIsTemporary() {
        SendFailedException wrapper =
                new SendFailedException("Invalid Addresses", new Replied(451, "4.7.1 Try again later"));
        assertFalse(SmtpFailure.of(wrapper).permanent());
        assertTrue(SmtpFailure.of(wrapper).reason().contains("Try again later"));
    }

    @Test
    void aServerThatCannotBeReachedIsTemporary() {
        MessagingException refused =
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        SmtpFailure failure = SmtpFailure.of(refused);
        assertFalse(failure.permanent());
        assertTrue(failure.reason().contains("Connection refused"), failure.reason());
        assertTrue(SmtpFailure.replyCode(refused) == null);
    }

    @Test
    void theReasonStaysOneBoundedLine() {
        SmtpFailure failure = SmtpFailure.of(new Replied(554, "line one\r\nline two" + "x".repeat(5000)));
        assertFalse(failure.reason().contains("\n"));
        assertTrue(failure.reason().length() <= 1000);
    }
}
