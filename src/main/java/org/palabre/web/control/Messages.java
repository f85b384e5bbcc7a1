package org.palabre.web.control;

import com.ibm.icu.text.MessageFormat;
import gg.jte.Content;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts in one language, from messages/messages_xx.properties. Patterns are ICU MessageFormat, so
 * a count says {@code {0, plural, one {# message} other {# messages}}} and each language follows its own plural
 * rules (French puts 0 and 1 in "one", English only 1).
 */
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
        return arguments.length == 0 ? pattern : formatOf(key, pattern).format(countable(pattern, arguments));
    }

    /*
     * A pattern is parsed once per thread: parsing is most of what a message with arguments costs (a topic page
     * formats one per reply it shows), and a MessageFormat may not be shared between threads.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private MessageFormat formatOf(String key, String pattern) {
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
    }

    /**
     * Texts stored with their arguments (the moderation log's details) give counts back as digits in a string,
     * which an ICU plural refuses: for a pattern with a plural, such arguments become numbers.
     */
    private static Object[] countable(String pattern, Object[] arguments) {
        if (!pattern.contains("plural")) {
            return arguments;
        }
        // A copy typed Object[]: callers may pass a String[] (split from the stored text), which holds no Long.
        Object[] numbers = Arrays.copyOf(arguments, arguments.length, Object[].class);
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] instanceof String text && text.matches("-?[0-9]{1,18}")) {
                numbers[i] = Long.valueOf(text);
            }
        }
        return numbers;
    }

    /**
     * The text for key as HTML, escaped, where each moment among the arguments becomes a time element in the
     * reader's zone ("joined <time datetime=...>4 déc. 2026</time>"), so that no moment is ever shown raw.
     */
    public Content html(ReaderTimes times, String key, Object... arguments) {
        Object[] filled = arguments.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Instant || filled[i] instanceof ReaderTimes.Day) {
                filled[i] = MARK + i + MARK; // private-use characters: no text of ours holds them
            }
        }
        String[] parts = get(key, filled).split(MARK, -1);
        return output -> {
            for (int i = 0; i < parts.length; i++) {
                if (i % 2 == 0) {
                    gg.jte.html.escape.Escape.htmlContent(parts[i], output);
                } else {
                    Object moment = arguments[Integer.parseInt(parts[i])];
                    (moment instanceof ReaderTimes.Day day
                                    ? times.dayElement(day.instant())
                                    : times.element((Instant) moment))
                            .writeTo(output);
                }
            }
        };
    }

    private static final String MARK = "\uE000";
}
