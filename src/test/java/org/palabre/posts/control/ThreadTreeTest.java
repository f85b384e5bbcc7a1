package org.palabre.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palabre.posts.control.ThreadTree.Entry;
import org.palabre.posts.control.ThreadTree.Link;

class ThreadTreeTest {

    @Test
    void repliesFollowTheirParentOldestFirstAndRepliesToTheTopicStayAtTheTop() {
        List<Link> posts = List.of(
                new Link(1, null), new Link(2, null), new Link(3, 1), new Link(4, 2), new Link(5, 1), new Link(6, 3));
        assertEquals(
                List.of(
                        new Entry(1, 0, 0),
                        new Entry(3, 1, 0),
                        new Entry(6, 2, 0),
                        new Entry(5, 1, 0),
                        new Entry(2, 0, 0),
                        new Entry(4, 1, 0)),
                ThreadTree.order(posts, null));
    }

    @Test
    void chainsDeeperThanTheVisibleDepthAreFoldedWithTheCountOfHiddenReplies() {
        List<Link> chain = new ArrayList<>(List.of(new Link(1, null)));
        for (int n = 2; n <= 10; n++) {
            chain.add(new Link(n, n - 1));
        }
        List<Entry> shown = ThreadTree.order(chain, null);
        assertEquals(ThreadTree.VISIBLE_DEPTH + 1, shown.size());
        assertEquals(new Entry(7, 6, 3), shown.get(shown.size() - 1), "post 7 hides 8, 9 and 10");
        assertEquals(
                List.of(new Entry(7, 0, 0), new Entry(8, 1, 0), new Entry(9, 2, 0), new Entry(10, 3, 0)),
                ThreadTree.order(chain, 7),
                "the folded branch opens on its own");
    }

    @Test
    void aChainOfHundredsOfThousandsOfRepliesNeitherOverflowsNorLoops() {
        List<Link> chain = new ArrayList<>();
        chain.add(new Link(1, null));
        for (int n = 2; n <= 200_000; n++) {
            chain.add(new Link(n, n - 1));
        }
        chain.add(new Link(200_001, 200_005)); // a reply to a later number cannot make a cycle
        List<Entry> shown = ThreadTree.order(chain, null);
        assertEquals(199_993, shown.get(ThreadTree.VISIBLE_DEPTH).foldedReplies());
        assertEquals(new Entry(200_001, 0, 0), shown.get(shown.size() - 1));
    }

    @Test
    void anUnknownRootShowsNothing() {
        assertEquals(List.of(), ThreadTree.order(List.of(new Link(1, null)), 42));
    }
}
