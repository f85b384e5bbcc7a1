package org.palabre.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class name a template writes has a rule in palabre.css, so that no page is left looking unstyled (the
 * review, approvals and mail preferences pages were) and no state (a hidden or deleted post) looks like another.
 * Class names that are only hooks for tests or scripts are listed below, each with its reason.
 */
class StylesheetCoverageTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path STYLESHEET = Path.of("webapp/css/palabre.css");

    /** Hooks, not looks: each one's reason. A name with a trailing '-' stands for a family (depth-1, cat-7). */
    private static final Map<String, String> HOOKS = Map.ofEntries(
            Map.entry(
                    "cat-", "the category colours come from /categories.css, written from the categories' own colours"),
            Map.entry("topic-row", "a row of the topic list, styled by table.topic-list; a hook for tests"),
            Map.entry("permalink", "styled as every link of .post-header; a hook for tests"),
            Map.entry("flag", "styled as the other post actions; a hook for tests"),
            Map.entry("notifications-link", "styled as the other links of .account-bar; a hook for tests"),
            Map.entry("signed-in-as", "styled as the other links of .account-bar; a hook for tests"));

    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\bclass=\"");
    private static final Pattern CSS_CLASS = Pattern.compile("\\.(-?[a-zA-Z_][a-zA-Z0-9_-]*)");
    private static final Pattern STRING_LITERAL = Pattern.compile("[?:]\\s*\"([^\"]*)\"");

    @Test
    void everyClassATemplateUsesHasARuleOrIsAListedHook() throws IOException {
        Set<String> styled = styledClasses();
        Map<String, Set<String>> used = classesUsedByTemplates();
        Map<String, Set<String>> unstyled = new TreeMap<>();
        used.forEach((name, where) -> {
            boolean family = name.endsWith("-");
            boolean hasRule = family ? styled.stream().anyMatch(s -> s.startsWith(name)) : styled.contains(name);
            if (!hasRule && !HOOKS.containsKey(name)) {
                unstyled.put(name, where);
            }
        });
        assertEquals(Map.of(), unstyled, "class names with no rule in " + STYLESHEET + " (style them, or list a hook)");
    }

    @Test
    void everyListedHookIsStillUsedAndReallyHasNoRule() throws IOException {
        Set<String> styled = styledClasses();
        Set<String> used = classesUsedByTemplates().keySet();
        Set<String> stale = new TreeSet<>();
        for (String hook : HOOKS.keySet()) {
            if (!used.contains(hook) || (!hook.endsWith("-") && styled.contains(hook))) {
                stale.add(hook);
            }
        }
        assertEquals(Set.of(), stale, "hooks that are no longer used, or that now have a rule: drop them from HOOKS");
    }

    @Test
    void theScannerSeesClassesInsideExpressionsAndFamilies() {
        Map<String, Set<String>> found = new TreeMap<>();
        collect(
                "<p class=\"post depth-${Math.min(d, 6)}${x ? \" withdrawn\" : \"\"}\">"
                        + "<a class=\"category-badge cat-${c.id()}\">",
                "t",
                found);
        assertEquals(Set.of("post", "depth-", "withdrawn", "category-badge", "cat-"), found.keySet());
    }

    private static Set<String> styledClasses() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> styled = new TreeSet<>();
        // Selectors only: the text before each block, not the declarations (which hold numbers like .5rem).
        for (String rule : css.split("}")) {
            int open = rule.lastIndexOf('{');
            String selectors = open < 0 ? "" : rule.substring(0, open);
            if (selectors.contains("@media") || selectors.contains("@supports")) {
                selectors = selectors.substring(selectors.lastIndexOf('{') + 1);
            }
            Matcher name = CSS_CLASS.matcher(selectors);
            while (name.find()) {
                styled.add(name.group(1));
            }
        }
        return styled;
    }

    private static Map<String, Set<String>> classesUsedByTemplates() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                collect(Files.readString(file), TEMPLATES.relativize(file).toString(), used);
            }
        }
        return used;
    }

    /**
     * The class names in each class="..." of a template: plain words, words inside the string literals of
     * ${...} expressions (the results of its ? and :, not the keys of a condition), and families (a word ending in '-' right before an expression, as depth-${n}).
     */
    static void collect(String template, String where, Map<String, Set<String>> used) {
        Matcher attribute = CLASS_ATTRIBUTE.matcher(template);
        while (attribute.find()) {
            int i = attribute.end();
            StringBuilder plain = new StringBuilder();
            while (i < template.length() && template.charAt(i) != '"') {
                if (template.startsWith("${", i)) {
                    int depth = 0;
                    int start = i + 2;
                    int j = i + 1;
                    boolean inString = false;
                    for (; j < template.length(); j++) {
                        char c = template.charAt(j);
                        if (c == '"') {
                            inString = !inString;
                        } else if (!inString && c == '{') {
                            depth++;
                        } else if (!inString && c == '}' && --depth == 0) {
                            break;
                        }
                    }
                    Matcher literal = STRING_LITERAL.matcher(template.substring(start, j));
                    while (literal.find()) {
                        add(literal.group(1), where, used);
                    }
                    // A word glued to the expression is a family when it ends in '-', a whole word otherwise.
                    plain.append(plain.length() > 0 && plain.charAt(plain.length() - 1) == '-' ? "* " : " ");
                    i = j + 1;
                } else {
                    plain.append(template.charAt(i++));
                }
            }
            add(plain.toString().replace("-*", "-"), where, used);
        }
    }

    private static void add(String names, String where, Map<String, Set<String>> used) {
        for (String name : names.trim().split("\\s+")) {
            if (name.matches("-?[a-zA-Z_][a-zA-Z0-9_-]*")) {
                used.computeIfAbsent(name, unused -> new TreeSet<>()).add(where);
            }
        }
    }
}
