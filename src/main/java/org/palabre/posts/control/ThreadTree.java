package org.palabre.posts.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree view's order: each post followed by the replies to it, nested, oldest first at each level.
 * Posts that answer nobody in particular (and the first post) are the top level. Beyond
 * {@link #VISIBLE_DEPTH} levels a chain is folded: its deepest shown post says how many replies are hidden
 * below it, and the reader follows a link that shows that branch on its own.
 */
public final class ThreadTree {

    public static final int VISIBLE_DEPTH = 6;

    /** A post's place in the tree: its number, how deep it is shown, and how many replies are folded under it. */
    public record Entry(int number, int depth, int foldedReplies) {}

    /** A post number and the number it replies to (null for none). */
    public record Link(int number, Integer replyTo) {}

    private ThreadTree() {}

    /**
     * The shown order of the whole topic (root null) or of the branch under one post. Walks with an explicit
     * stack: a chain thousands of replies long cannot overflow anything.
     */
    public static List<Entry> order(List<Link> posts, Integer root) {
        Map<Integer, List<Integer>> children = new HashMap<>();
        List<Integer> top = new ArrayList<>();
        java.util.Set<Integer> known = new java.util.HashSet<>();
        posts.forEach(p -> known.add(p.number()));
        for (Link post : posts) {
            if (post.replyTo() == null || !known.contains(post.replyTo()) || post.replyTo() >= post.number()) {
                top.add(post.number());
            } else {
                children.computeIfAbsent(post.replyTo(), parent -> new ArrayList<>())
                        .add(post.number());
            }
        }
        children.values().forEach(list -> list.sort(Integer::compare));
        top.sort(Integer::compare);
        List<Integer> starts = root == null ? top : known.contains(root) ? List.of(root) : List.of();
        List<Entry> shown = new ArrayList<>();
        Deque<int[]> pending = new ArrayDeque<>();
        for (int i = starts.size() - 1; i >= 0; i--) {
            pending.push(new int[] {starts.get(i), 0});
        }
        while (!pending.isEmpty()) {
            int[] next = pending.pop();
            int number = next[0];
            int depth = next[1];
            List<Integer> replies = children.getOrDefault(number, List.of());
            if (depth >= VISIBLE_DEPTH && !replies.isEmpty()) {
                shown.add(new Entry(number, depth, descendants(number, children)));
                continue;
            }
            shown.add(new Entry(number, depth, 0));
            for (int i = replies.size() - 1; i >= 0; i--) {
                pending.push(new int[] {replies.get(i), depth + 1});
            }
        }
        return shown;
    }

    private static int descendants(int number, Map<Integer, List<Integer>> children) {
        int count = 0;
        Deque<Integer> pending = new ArrayDeque<>(children.getOrDefault(number, List.of()));
        while (!pending.isEmpty()) {
            count++;
            pending.addAll(children.getOrDefault(pending.pop(), List.of()));
        }
        return count;
    }
}
