package org.palabre.mail.control;

import java.util.ArrayList;
import java.util.List;
import org.palabre.mail.control.ReplyLines.Kind;

/**
 * Keeps only what a member wrote in a mail answer: the quoted history, the client's attribution line, the
 * unquoted history Outlook appends, signatures, "Sent from my iPhone" and Palabre's own footer (which starts with
 * the "-- " delimiter) go.
 *
 * <p>Quotes: a member who answers between quotes (inline) keeps the quotes that precede each answer, as markdown
 * quotes, because the answers make no sense without them; a single quote above the answer stays only when the
 * member cut it down to what they answer (a quote still holding a signature or an attribution is the whole
 * history and goes); quotes after the last answer always go. When everything looks like history but the member
 * did write something unquoted (say, only below a "-- "), that text is returned rather than nothing.
 */
public final class ReplyTrimmer {

    private record Block(boolean quote, List<String> lines) {}

    public String trim(String plainText) {
        if (plainText == null || plainText.isBlank()) {
            return "";
        }
        List<String> lines = List.of(plainText
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\ufeff", "")
                .split("\n", -1));
        Kind[] kinds = ReplyLines.classify(lines);
        int historyAt = firstOf(kinds, Kind.HISTORY, lines.size());
        for (int i = 0; i < historyAt; i++) {
            // An attribution over unquoted lines is a history the client did not quote.
            if (kinds[i] == Kind.ATTRIBUTION && nextContent(kinds, i) == Kind.TEXT) {
                historyAt = i;
            }
        }
        int end = Math.min(historyAt, firstOf(kinds, Kind.SIGNATURE, historyAt));
        String trimmed = render(keptBlocks(blocks(lines, kinds, end)));
        return trimmed.isEmpty() ? unquotedRest(lines, kinds, historyAt) : trimmed;
    }

    private static List<Block> blocks(List<String> lines, Kind[] kinds, int end) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (int i = 0; i < end; i++) {
            Kind kind = kinds[i];
            if (kind == Kind.BLANK || kind == Kind.ATTRIBUTION || kind == Kind.DEVICE) {
                if (current != null) {
                    current.lines().add(kind == Kind.BLANK ? lines.get(i) : "");
                }
                continue;
            }
            boolean quote = kind == Kind.QUOTE;
            if (current == null || current.quote() != quote) {
                current = new Block(quote, new ArrayList<>());
                blocks.add(current);
            }
            current.lines().add(lines.get(i));
        }
        return blocks;
    }

    private static List<Block> keptBlocks(List<Block> blocks) {
        int lastText = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).quote()) {
                lastText = i;
            }
        }
        boolean inline = false;
        for (int i = 1; i < lastText; i++) {
            inline |= blocks.get(i).quote() && !blocks.get(i - 1).quote();
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i <= lastText; i++) {
            Block block = blocks.get(i);
            if (!block.quote()) {
                kept.add(block);
            } else if (inline || !isWholeHistory(block)) {
                kept.add(withoutHistoryMarks(block));
            }
        }
        return kept;
    }

    private static boolean isWholeHistory(Block quote) {
        return quote.lines().stream()
                .map(ReplyLines::kindUnquoted)
                .anyMatch(kind -> kind == Kind.SIGNATURE || kind == Kind.ATTRIBUTION || kind == Kind.HISTORY);
    }

    /** A kept quote loses the quoted attribution lines and anything from a quoted signature delimiter on. */
    private static Block withoutHistoryMarks(Block quote) {
        List<String> lines = new ArrayList<>();
        for (String line : quote.lines()) {
            Kind kind = ReplyLines.kindUnquoted(line);
            if (kind == Kind.SIGNATURE) {
                break;
            }
            if (kind != Kind.ATTRIBUTION) {
                lines.add(line);
            }
        }
        return new Block(true, lines);
    }

    private static String render(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            String part = stripBlankLines(block.lines(), block.quote());
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("\n\n", parts);
    }

    /** What the member wrote outside quotes and before any history, signature included: better than nothing. */
    private static String unquotedRest(List<String> lines, Kind[] kinds, int historyAt) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < historyAt; i++) {
            if (kinds[i] == Kind.TEXT || kinds[i] == Kind.BLANK) {
                rest.add(lines.get(i));
            }
        }
        return stripBlankLines(rest, false);
    }

    private static String stripBlankLines(List<String> lines, boolean quote) {
        int from = 0;
        int to = lines.size();
        while (from < to && isEmptyLine(lines.get(from), quote)) {
            from++;
        }
        while (to > from && isEmptyLine(lines.get(to - 1), quote)) {
            to--;
        }
        return String.join("\n", lines.subList(from, to)).stripTrailing();
    }

    private static boolean isEmptyLine(String line, boolean quote) {
        return quote ? line.replace(">", "").isBlank() : line.isBlank();
    }

    private static int firstOf(Kind[] kinds, Kind wanted, int before) {
        for (int i = 0; i < before; i++) {
            if (kinds[i] == wanted) {
                return i;
            }
        }
        return before;
    }

    private static Kind nextContent(Kind[] kinds, int from) {
        for (int i = from + 1; i < kinds.length; i++) {
            if (kinds[i] != Kind.BLANK && kinds[i] != Kind.ATTRIBUTION) {
                return kinds[i];
            }
        }
        return Kind.BLANK;
    }
}
