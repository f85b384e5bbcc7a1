package org.palabre.mail.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What each line of a mail answer is: the member's text, a quote, the line a client writes above the history it
 * quotes ("On … wrote:", "Le … a écrit :"), the start of an unquoted history (Outlook's "From:/Sent:" or
 * "De :/Envoyé :" block, "-----Original Message-----"), a signature delimiter or a client's "Sent from my
 * iPhone". The patterns come from the replies real clients write in English and French.
 */
final class ReplyLines {

    enum Kind {
        BLANK,
        TEXT,
        QUOTE,
        ATTRIBUTION,
        HISTORY,
        SIGNATURE,
        DEVICE
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Gmail, Apple Mail, Thunderbird, K-9, FairEmail, Proton: "On <date>, <name> wrote:", "Le <date>, <name> a écrit :". */
    private static final Pattern ON_DATE_WROTE = Pattern.compile(
            "^[\\s-]*(?:On|Le|At)\\s(?=.*[\\d@]).{1,300}?\\s(?:wrote|writes|a\\s+écrit|a\\s+ecrit)\\s*-*\\s*:?\\s*$",
            FLAGS);

    /**
     * "Jean <jean@example.org> wrote:", and the line Palabre's own mail starts with ("X wrote on <date>:"), whose
     * date has a year and a time, so that "As I wrote on Monday:" stays the member's.
     */
    private static final Pattern SOMEONE_WROTE = Pattern.compile(
            "^.{1,160}?(?:<[^<>\\s@]+@[^<>\\s]+>.{0,40}?\\s(?:wrote|a\\s+écrit)\\s*:|\\s(?:wrote\\s+on|a\\s+écrit\\s+le)\\s(?=.*\\d{4})(?=.*\\d[:h]\\d\\d).{1,80}:)\\s*$",
            FLAGS);

    private static final Pattern SEPARATOR = Pattern.compile(
            "^[\\s*>]*(?:-{2,}\\s*(?:Original\\s+Message|Forwarded\\s+message|Message\\s+d['’]origine|Message\\s+transféré|Message\\s+original)\\s*-{2,}"
                    + "|_{16,}|Begin\\s+forwarded\\s+message\\s*:|Début\\s+du\\s+message\\s+(?:réexpédié|transféré)\\s*:)[\\s*]*$",
            FLAGS);

    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*(?:From|De|Von)\\s*:\\s*\\S.*$", FLAGS);

    private static final Pattern HEADER_OTHER = Pattern.compile(
            "^\\s*(?:Sent|Date|To|Cc|Subject|Envoyé|Envoye|À|A|Objet|Répondre\\s+à|Reply-To)\\s*:.*$", FLAGS);

    private static final Pattern DELIMITER = Pattern.compile("^(?:-- ?|--\\u00a0)$");

    private static final Pattern DEVICE = Pattern.compile(
            "^\\s*[(<]*(?:(?:Sent|Envoyé|Envoye)\\s+(?:from|de|depuis|with|avec|via|par|à\\s+partir\\s+de)\\s+"
                    + "(?:(?:my|mon|ma)\\s.{1,40}|.{0,40}\\b(?:iPhone|iPad|Android|Samsung|Galaxy|Outlook|Mail|Gmail|Proton"
                    + "|Yahoo|mobile|smartphone|BlackBerry|Windows|FairEmail|K-9|Courrier|messagerie)\\b.{0,40})"
                    + "|Get\\s+Outlook\\s+for\\s+\\S.{0,30}|(?:Télécharger|Obtenir)\\s+Outlook\\s+pour\\s+\\S.{0,30})[)>.]*\\s*$",
            FLAGS);

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private ReplyLines() {}

    static Kind[] classify(List<String> lines) {
        int count = lines.size();
        Kind[] kinds = new Kind[count];
        for (int i = 0; i < count; i++) {
            kinds[i] = kindOf(lines.get(i));
        }
        for (int i = 0; i + 1 < count; i++) {
            // Gmail and Outlook wrap a long attribution: "On Thu, … Jean via Palabre <" / "reply@… > wrote:".
            if (kinds[i] == Kind.TEXT
                    && kinds[i + 1] != Kind.QUOTE
                    && isAttribution(plain(lines.get(i)) + " " + plain(lines.get(i + 1)))) {
                kinds[i] = Kind.ATTRIBUTION;
                kinds[i + 1] = Kind.ATTRIBUTION;
            }
            if (kinds[i] == Kind.TEXT
                    && HEADER_FROM.matcher(plain(lines.get(i))).matches()) {
                int fields = 0;
                for (int j = i + 1; j < Math.min(count, i + 6); j++) {
                    if (HEADER_OTHER.matcher(plain(lines.get(j))).matches()) {
                        fields++;
                    }
                }
                if (fields >= 2) {
                    kinds[i] = Kind.HISTORY;
                }
            }
        }
        return kinds;
    }

    static Kind kindOf(String line) {
        if (line.isBlank()) {
            return Kind.BLANK;
        }
        if (DELIMITER.matcher(line).matches()) {
            return Kind.SIGNATURE;
        }
        if (line.stripLeading().startsWith(">")) {
            return Kind.QUOTE;
        }
        String plain = plain(line);
        if (SEPARATOR.matcher(plain).matches()) {
            return Kind.HISTORY;
        }
        if (isAttribution(plain)) {
            return Kind.ATTRIBUTION;
        }
        if (DEVICE.matcher(MARKDOWN_LINK.matcher(plain).replaceAll("$1")).matches()) {
            return Kind.DEVICE;
        }
        return Kind.TEXT;
    }

    /** The kind of a quoted line once its quote marks are taken off: how a kept quote loses our own footer. */
    static Kind kindUnquoted(String line) {
        return kindOf(line.replaceFirst("^\\s*(?:>\\s?)+", ""));
    }

    static boolean isAttribution(String plain) {
        return plain.length() < 400
                && (ON_DATE_WROTE.matcher(plain).matches()
                        || SOMEONE_WROTE.matcher(plain).matches());
    }

    /** The line without markdown emphasis (HTML mails make "**From:**") and with ordinary spaces. */
    private static String plain(String line) {
        return line.replace('\u00a0', ' ').replace('\u202f', ' ').replace("**", "");
    }
}
