package org.palabre.posts.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.posts.entity.PostRevision;

/**
 * What changed from one revision of a post to the next, as a reader wants to see it: the changed lines
 * with two lines of context, and inside a changed line the words removed and added. Plain data, so the
 * template escapes every piece (no diff HTML is ever produced here).
 */
public final class RevisionDiff {

    private static final int CONTEXT = 2;
    private static final Pattern WORDS = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|.", Pattern.DOTALL);

    public enum Kind {
        SAME,
        REMOVED,
        ADDED,
        GAP
    }

    /** A run of text inside a line, kept, removed or added. */
    public record Segment(Kind kind, String text) {}

    public record Line(Kind kind, List<Segment> segments) {}

    /** One edit: who made revision {@code number}, when, why, and how it differs from the one before. */
    public record Change(
            int number, String editor, boolean editorDeleted, Instant at, String reason, List<Line> lines) {}

    private RevisionDiff() {}

    /** The changes, newest first; the first revision is the post as first written (shown whole). */
    public static List<Change> between(List<PostRevision> revisions) {
        List<Change> changes = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            PostRevision revision = revisions.get(i);
            String before = i == 0 ? null : revisions.get(i - 1).raw();
            List<Line> lines = before == null ? whole(revision.raw()) : lines(before, revision.raw());
            changes.add(new Change(
                    revision.number(),
                    revision.editor().username(),
                    revision.editor().isDeleted(),
                    revision.createdAt(),
                    revision.reason(),
                    lines));
        }
        return changes;
    }

    static List<Line> whole(String text) {
        return Arrays.stream(text.split("\n", -1))
                .map(l -> new Line(Kind.SAME, List.of(new Segment(Kind.SAME, l))))
                .toList();
    }

    static List<Line> lines(String before, String after) {
        List<String> old = Arrays.asList(before.split("\n", -1));
        List<String> now = Arrays.asList(after.split("\n", -1));
        List<Line> all = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                all.add(same(old.get(at)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE && removed.size() == added.size()) {
                for (int k = 0; k < removed.size(); k++) {
                    all.addAll(words(removed.get(k), added.get(k)));
                }
            } else {
                removed.forEach(l -> all.add(new Line(Kind.REMOVED, List.of(new Segment(Kind.REMOVED, l)))));
                added.forEach(l -> all.add(new Line(Kind.ADDED, List.of(new Segment(Kind.ADDED, l)))));
            }
            at += removed.size();
        }
        for (; at < old.size(); at++) {
            all.add(same(old.get(at)));
        }
        return withContext(all);
    }

    /** A changed line as the line before (words removed marked) and the line after (words added marked). */
    private static List<Line> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Segment> removedLine = new ArrayList<>();
        List<Segment> addedLine = new ArrayList<>();
        int at = 0;
        int atNow = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            String kept = String.join("", old.subList(at, delta.getSource().getPosition()));
            removedLine.add(new Segment(Kind.SAME, kept));
            addedLine.add(new Segment(
                    Kind.SAME,
                    String.join("", now.subList(atNow, delta.getTarget().getPosition()))));
            removedLine.add(
                    new Segment(Kind.REMOVED, String.join("", delta.getSource().getLines())));
            addedLine.add(
                    new Segment(Kind.ADDED, String.join("", delta.getTarget().getLines())));
            at = delta.getSource().getPosition() + delta.getSource().size();
            atNow = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        removedLine.add(new Segment(Kind.SAME, String.join("", old.subList(at, old.size()))));
        addedLine.add(new Segment(Kind.SAME, String.join("", now.subList(atNow, now.size()))));
        return List.of(new Line(Kind.REMOVED, nonEmpty(removedLine)), new Line(Kind.ADDED, nonEmpty(addedLine)));
    }

    private static List<Segment> nonEmpty(List<Segment> segments) {
        return segments.stream().filter(s -> !s.text().isEmpty()).toList();
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORDS.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static Line same(String line) {
        return new Line(Kind.SAME, List.of(new Segment(Kind.SAME, line)));
    }

    /** Unchanged lines far from any change are folded into one gap marker. */
    private static List<Line> withContext(List<Line> all) {
        boolean[] keep = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.SAME) {
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(all.size() - 1, i + CONTEXT); k++) {
                    keep[k] = true;
                }
            }
        }
        List<Line> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                shown.add(all.get(i));
            } else if (shown.isEmpty() || shown.get(shown.size() - 1).kind() != Kind.GAP) {
                shown.add(new Line(Kind.GAP, List.of()));
            }
        }
        return shown;
    }
}
