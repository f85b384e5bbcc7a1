package org.palabre.markdown.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void everydayMarkdownRendersAsActivistsWriteIt() {
        String html = renderer.render("""
                # Réunion jeudi

                **Ordre du jour** : *bilan* de la ~~semaine~~ campagne.

                - [x] tracts imprimés
                - [ ] salle réservée

                | Ville | Date |
                |-------|------|
                | Lyon  | 12/12 |

                ```java
                System.out.println("bonjour");
                ```

                Infos : https://technopolice.example/appel
                """);
        assertTrue(html.contains("<h1>Réunion jeudi</h1>"), html);
        assertTrue(html.contains("<strong>Ordre du jour</strong>"));
        assertTrue(html.contains("<del>semaine</del>"));
        assertTrue(html.contains("type=\"checkbox\""), "task lists");
        assertTrue(html.contains("<table>") && html.contains("<td>Lyon</td>"), "tables");
        assertTrue(html.contains("<code class=\"language-java\">"), "code keeps its language");
        assertTrue(html.contains("href=\"https://technopolice.example/appel\""), "bare links become links");
        assertTrue(html.contains("rel=\"nofollow ugc noopener\""), "links elsewhere are marked");
    }

    @Test
    void aLinkWithinTheSiteIsNotMarkedAsElsewhere() {
        String html = renderer.render("[le fil](/t/lancement/12)");
        assertTrue(html.contains("href=\"/t/lancement/12\""), html);
        assertFalse(html.contains("nofollow"), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<style>body{display:none}</style>",
                "<!-- <script>alert(1)</script> -->",
                "<div onclick=\"alert(1)\">unclosed",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x]( javascript:alert(1) )",
                "[x](&#106;avascript:alert(1))",
                "[x](java&#x09;script:alert(1))",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<javascript:alert(1)>",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "![a\" onerror=\"alert(1)](https://evil.example/pixel.png)",
                "![x](javascript:alert(1))",
            })
    void hostileMarkdownNeverYieldsScriptEventHandlersOrForeignLoads(String hostile) {
        String html = renderer.render(hostile).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("<svg"), html);
        assertFalse(html.contains("<style"), html);
        assertFalse(html.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), "an event attribute: " + html);
        assertFalse(
                html.contains("href=\"javascript:")
                        || html.contains("href=\"vbscript:")
                        || html.contains("href=\"data:"),
                html);
        assertFalse(html.contains("src="), "nothing is loaded: " + html);
    }

    @Test
    void anImageIsALinkToItNeverLoaded() {
        String html = renderer.render("![affiche de la manif](https://images.example/affiche.png)");
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("href=\"https://images.example/affiche.png\""), html);
        assertTrue(html.contains("class=\"image-link\""), html);
        assertTrue(html.contains("affiche de la manif</a>"), html);
    }

    @Test
    void anImageUploadedHereShowsInlineAndNothingElseDoes() {
        String own = "/uploads/0123456789abcdef0123456789abcdef/affiche.jpg";
        String html = renderer.render("![affiche](" + own + ")");
        assertTrue(html.contains("<img src=\"" + own + "\""), html);
        assertTrue(html.contains("alt=\"affiche\""), html);
        for (String elsewhere : new String[] {
            "https://images.example" + own,
            "//images.example" + own,
            "/uploads/../t/1/affiche.jpg",
            "/uploads/0123456789abcdef0123456789abcdef/x.jpg?a=b",
            "/uploads/0123456789ABCDEF0123456789ABCDEF/x.jpg"
        }) {
            String other = renderer.render("![x](" + elsewhere + ")");
            assertFalse(other.contains("<img"), other);
        }
        assertFalse(renderer.render("<img src=\"" + own + "\">").contains("<img"), "raw HTML stays escaped");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.palabre.markdown.control.HostileMarkdown#catalogue")
    void everyHostilePayloadComesOutAsInertHtmlWithSafeLinksOnly(HostileMarkdown.Payload hostile) {
        String html = renderer.render(hostile.markdown());
        Matcher tag = TAG.matcher(html);
        StringBuilder text = new StringBuilder();
        int end = 0;
        while (tag.find()) {
            text.append(html, end, tag.start());
            end = tag.end();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            assertTrue(ALLOWED_TAGS.contains(name), "element <" + name + "> in " + html);
            Map<String, String> attributes = attributes(tag.group(3), html);
            assertTrue(
                    ALLOWED_ATTRIBUTES.containsAll(attributes.keySet()),
                    "attributes " + attributes.keySet() + " in " + html);
            if (attributes.containsKey("href")) {
                String url = asBrowsersRead(attributes.get("href"));
                Matcher scheme = SCHEME.matcher(url);
                assertTrue(
                        !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)),
                        "a link the browser would open as " + url + " in " + html);
                if (leadsElsewhere(url)) {
                    assertEquals(
                            "nofollow ugc noopener", attributes.get("rel"), "a link elsewhere, unmarked, in " + html);
                }
            }
        }
        text.append(html.substring(end));
        assertFalse(text.toString().contains("<"), "markup the tag reader could not read: " + html);
    }

    @Test
    void codeBlocksKeepTheirLanguageAndNothingElseFromTheInfoString() {
        assertTrue(renderer.render("```java\nint x;\n```").contains("<pre><code class=\"language-java\">int x;"));
        assertTrue(renderer.render("~~~ruby startline=3\nx = 1\n~~~").contains("<code class=\"language-ruby\">"));
        assertTrue(
                renderer.render("```java onload=x\nint x;\n```").contains("<code class=\"language-java\">"),
                "only the first word of the info string names the language");
        assertTrue(
                renderer.render("```java\"onmouseover=\"x\nint x;\n```").contains("<pre><code>int x;"),
                "a language that is not a plain word is dropped, the code kept");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[inline](https://ailleurs.example/a)",
                "<https://ailleurs.example/a>",
                "https://ailleurs.example/a",
                "www.ailleurs.example",
                "[reference][r]\n\n[r]: https://ailleurs.example/a",
                "[protocol-relative](//ailleurs.example/a)",
                "[backslash](/\\ailleurs.example/a)",
                "[two backslashes](\\\\\\\\ailleurs.example/a)",
                "[escaped backslashes](&#92;&#92;ailleurs.example/a)",
                "![image](https://ailleurs.example/a.png)",
            })
    void everyLinkToAnotherSiteIsMarkedNofollowUgcNoopener(String markdown) {
        String html = renderer.render(markdown);
        assertTrue(html.contains("rel=\"nofollow ugc noopener\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[fil](/t/lancement/12)", "[ancre](#p3)", "[page](?page=2)", "[relatif](lancement/12)"})
    void linksWithinTheSiteAreNotMarked(String markdown) {
        assertFalse(renderer.render(markdown).contains("nofollow"), markdown);
    }

    /*
     * Production runs with -Xss512k, so each input is rendered on a thread with that stack: a recursive
     * descent into 10,000 levels would overflow it. The time is printed, not asserted (a speed target belongs
     * in a benchmark); the 10 s limit only catches a hang.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeep")
    void tenThousandLevelsOfQuotesOrListsAreRefusedWithoutOverflowingASmallStack(String name, String markdown) {
        assertInstanceOf(MarkdownRenderer.TooDeeplyNested.class, onProductionStack(name, markdown));
    }

    static Stream<Arguments> tooDeep() {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; indented.length() < 30_000; level++) {
            indented.append("  ".repeat(level))
                    .append("- niveau ")
                    .append(level)
                    .append('\n');
        }
        return Stream.of(
                Arguments.of("10,000 quotes", ">".repeat(10_000) + " citation très profonde"),
                Arguments.of("10,000 spaced quotes", "> ".repeat(10_000) + "citation très profonde"),
                Arguments.of("10,000 bullet lists", "- ".repeat(10_000) + "liste très profonde"),
                Arguments.of("10,000 star lists", "* ".repeat(10_000) + "liste très profonde"),
                Arguments.of("10,000 ordered lists", "1. ".repeat(10_000) + "liste très profonde"),
                Arguments.of("5,000 quotes of lists", "> - ".repeat(5_000) + "mélange"),
                Arguments.of("indented lists as deep as a post allows", indented.toString()),
                Arguments.of("10,000 nested emphasis", "*".repeat(10_000) + "x" + "*".repeat(10_000)),
                Arguments.of("10,000 nested images", "![".repeat(10_000) + "x" + "](y)".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void pathologicalInputRendersWithoutOverflowingASmallStack(String name, String markdown) {
        assertInstanceOf(String.class, onProductionStack(name, markdown));
    }

    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("10,000 open brackets", "[".repeat(10_000) + "x" + "](y)".repeat(10_000)),
                Arguments.of("alternating emphasis", "*a **b ".repeat(4_000)),
                Arguments.of("10,000 less-than signs", "<".repeat(10_000) + "x"),
                Arguments.of("10,000 backticks", "`".repeat(10_000) + "x"),
                Arguments.of(
                        "10,000 parentheses in a destination", "[x](" + "(".repeat(10_000) + ")".repeat(10_000) + ")"),
                Arguments.of(
                        "3,000 table columns",
                        "|" + "a|".repeat(3_000) + "\n|" + "-|".repeat(3_000) + "\n|" + "b|".repeat(3_000)),
                Arguments.of("2,000 references", "[a]: /u\n".repeat(2_000) + "[a]".repeat(2_000)));
    }

    /** What rendering gives (HTML, or the Throwable) on a thread with production's 512 KB stack. */
    private Object onProductionStack(String name, String markdown) {
        FutureTask<Object> rendering = new FutureTask<>(() -> {
            try {
                return renderer.render(markdown);
            } catch (Throwable e) { // StackOverflowError included: the test reports it rather than dying
                return e;
            }
        });
        Thread thread = new Thread(null, rendering, "render-" + name, 512 * 1024);
        long start = System.nanoTime();
        thread.start();
        try {
            Object outcome = rendering.get(10, TimeUnit.SECONDS);
            System.out.printf(
                    "%s (%,d characters): %s in %d ms%n",
                    name,
                    markdown.length(),
                    outcome instanceof Throwable t ? t.getClass().getSimpleName() : "rendered",
                    (System.nanoTime() - start) / 1_000_000);
            assertFalse(outcome instanceof StackOverflowError, name + " overflowed a 512 KB stack");
            return outcome;
        } catch (TimeoutException e) {
            thread.interrupt();
            return fail(name + " still rendering after 10 s");
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void knownMentionsLinkToTheProfileAndUnknownOnesStayText() {
        String html = renderer.render(
                renderer.parse("Merci @Noémie et @personne, `@noemie` aussi."), java.util.Map.of("noémie", "Noémie"));
        assertTrue(html.contains("<a href=\"/u/Noémie\" class=\"mention\">&#64;Noémie</a> et &#64;personne,"), html);
        assertTrue(html.contains("<code>&#64;noemie</code>"), html);
    }

    @Test
    void mentionInsideALinkStaysTheLinkText() {
        String html =
                renderer.render(renderer.parse("[@denic](https://example.org)"), java.util.Map.of("denic", "denic"));
        assertFalse(html.contains("mention"), html);
    }

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "br",
            "hr",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "del",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "a",
            "input");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "title", "rel", "class", "start", "align", "type", "checked", "disabled");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern TAG =
            Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)((?:\\s+[^\\s=/>]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=/>]+)(?:=\"([^\"]*)\")?");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot);");

    private static Map<String, String> attributes(String written, String html) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(written);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            assertNull(
                    attributes.put(name, attribute.group(2) == null ? "" : attribute.group(2)),
                    "attribute repeated in " + html);
        }
        return attributes;
    }

    /**
     * An attribute value as a browser follows it: character references decoded, then (WHATWG URL parsing)
     * leading and trailing controls and spaces dropped and tabs and line breaks removed anywhere.
     */
    private static String asBrowsersRead(String attribute) {
        String decoded = REFERENCE.matcher(attribute).replaceAll(reference -> {
            String name = reference.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                default ->
                    Character.toString(
                            name.startsWith("#x") || name.startsWith("#X")
                                    ? Integer.parseInt(name.substring(2), 16)
                                    : Integer.parseInt(name.substring(1)));
            };
            return Matcher.quoteReplacement(character);
        });
        return decoded.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
    }

    /** Browsers read "\" as "/" in web addresses, so "/\host" and "\\host" lead to that host like "//host". */
    private static boolean leadsElsewhere(String url) {
        return SCHEME.matcher(url).find() || url.replace('\\', '/').startsWith("//");
    }
}
