package org.palabre.mail.control;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * What an SMTP failure means for the mail: refused for good (a 5xx reply: the address does not exist, the
 * message is rejected), or for now (a 4xx reply, a server that cannot be reached, a timeout), worth trying again.
 */
public record SmtpFailure(boolean permanent, String reason) {

    public static SmtpFailure of(Exception failure) {
        Integer code = replyCode(failure);
        String reason = describe(failure);
        if (code != null && code >= 500 && code < 600) {
            return new SmtpFailure(true, reason);
        }
        // A 4xx reply, a network failure, or anything not understood: trying again costs little, giving up loses mail.
        return new SmtpFailure(false, reason);
    }

    /**
     * The SMTP reply code, found on Jakarta Mail's SMTP exceptions anywhere in the chain. Those classes belong to
     * the mail implementation the server provides, so the code is read through their public getReturnCode().
     */
    static Integer replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            try {
                Method getter = t.getClass().getMethod("getReturnCode");
                Object code = getter.invoke(t);
                if (code instanceof Integer value && value > 0) {
                    return value;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not an SMTP exception: look further down the chain
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging
                && messaging.getNextException() != null
                && messaging.getNextException() != t) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = failure; t != null && reason.length() < 900; t = next(t)) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && reason.indexOf(message.strip()) < 0) {
                if (reason.length() > 0) {
                    reason.append(" / ");
                }
                reason.append(t instanceof IOException ? t.getClass().getSimpleName() + ": " : "")
                        .append(message.strip());
            }
        }
        String text = (reason.length() == 0 ? failure.getClass().getSimpleName() : reason.toString())
                .replaceAll("[\\r\\n]+", " ");
        return text.substring(0, Math.min(text.length(), 1000));
    }
}
