package org.palabre.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palabre.posts.control.RevisionDiff.Kind;
import org.palabre.posts.control.RevisionDiff.Line;
import org.palabre.posts.control.RevisionDiff.Segment;

class RevisionDiffTest {

    @Test
    void aChangedWordIsMarkedInsideItsLine() {
        List<Line> lines = RevisionDiff.lines(
                "Rendez-vous à 9 h au marché.\nApportez des tracts.",
                "Rendez-vous à 10 h au marché.\nApportez des tracts.");
        assertEquals(
                new Line(
                        Kind.REMOVED,
                        List.of(
                                new Segment(Kind.SAME, "Rendez-vous à "),
                                new Segment(Kind.REMOVED, "9"),
                                new Segment(Kind.SAME, " h au marché."))),
                lines.get(0));
        assertEquals(
                new Line(
                        Kind.ADDED,
                        List.of(
                                new Segment(Kind.SAME, "Rendez-vous à "),
                                new Segment(Kind.ADDED, "10"),
                                new Segment(Kind.SAME, " h au marché."))),
                lines.get(1));
        assertEquals(Kind.SAME, lines.get(2).kind(), "an unchanged neighbour is shown as context");
    }

    @Test
    void linesFarFromAnyChangeAreFoldedIntoAGap() {
        String before = "a\nb\nc\nd\ne\nf\ng";
        List<Line> lines = RevisionDiff.lines(before, before + "\nh");
        assertEquals(Kind.GAP, lines.get(0).kind());
        assertEquals(
                List.of(Kind.GAP, Kind.SAME, Kind.SAME, Kind.ADDED),
                lines.stream().map(Line::kind).toList());
    }

    @Test
    void removedAndAddedLinesAreWhole() {
        List<Line> lines = RevisionDiff.lines("un\ndeux", "un");
        assertEquals(
                List.of(
                        new Line(Kind.SAME, List.of(new Segment(Kind.SAME, "un"))),
                        new Line(Kind.REMOVED, List.of(new Segment(Kind.REMOVED, "deux")))),
                lines);
    }
}
