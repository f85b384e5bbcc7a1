package org.palabre.web.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface texts in one language, from messages/messages_xx.properties. */
public final class Messages {

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "messages.messages",
                locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Messages FRENCH = new Messages(Locale.FRENCH);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    public static Messages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for key; arguments fill {0}, {1}... The caller's template escapes the result. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible in the page and caught by MessagesTest, rather than a blank
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
