package org.palabre.web.control;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments as one reader reads them: in their language and their time zone (the site's for visitors), written
 * by the server so that a page without JavaScript shows the same as one with it. The exact instant goes in the
 * datetime attribute of a time element, for machines and for the script that may add "5 min ago".
 */
public final class ReaderTimes {

    /** A moment to be shown as its day only, as an argument of {@link Messages#html}. */
    public record Day(Instant instant) {}

    public static final String FALLBACK_ZONE = "Europe/Paris";

    private final DateTimeFormatter moment;
    private final DateTimeFormatter day;

    public ReaderTimes(Locale locale, ZoneId zone) {
        this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(zone);
    }

    /** The zone a member chose, or the fallback when it is unset or no longer known to the JDK. */
    public static ZoneId zone(String chosen, String fallback) {
        for (String candidate : new String[] {chosen, fallback}) {
            try {
                if (candidate != null && !candidate.isBlank()) {
                    return ZoneId.of(candidate);
                }
            } catch (DateTimeException e) {
                // the next candidate
            }
        }
        return ZoneId.of(FALLBACK_ZONE);
    }

    /** "4 déc. 2026, 15:20": a date and a time of day. */
    public String text(Instant instant) {
        return moment.format(instant);
    }

    /** "4 décembre 2026": a day, where the hour says nothing (the day one joined). */
    public String dayText(Instant instant) {
        return day.format(instant);
    }

    /** {@code <time datetime="2026-12-04T14:20:00Z">4 déc. 2026, 15:20</time>}; nothing for null. */
    public Content element(Instant instant) {
        return instant == null ? empty() : element(instant, text(instant));
    }

    /** The same, for a day. */
    public Content dayElement(Instant instant) {
        return instant == null ? empty() : element(instant, dayText(instant));
    }

    private static Content element(Instant instant, String shown) {
        return output -> write(output, instant, shown);
    }

    static void write(TemplateOutput output, Instant instant, String shown) {
        output.writeContent("<time datetime=\"");
        output.writeContent(instant.toString());
        output.writeContent("\">");
        Escape.htmlContent(shown, output);
        output.writeContent("</time>");
    }

    private static Content empty() {
        return new Content() {
            @Override
            public void writeTo(TemplateOutput output) {}

            @Override
            public boolean isEmptyContent() {
                return true;
            }
        };
    }
}
