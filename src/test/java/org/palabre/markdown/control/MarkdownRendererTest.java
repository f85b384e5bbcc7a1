package org.palabre.markdown.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    @ValueSource(strings = {
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
        assertFalse(html.contains("href=\"javascript:") || html.contains("href=\"vbscript:") || html.contains("href=\"data:"), html);
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

    @ParameterizedTest
    @ValueSource(strings = {
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
     * The bound guards against pathological (quadratic, recursive) blow-ups, not speed: measured cold on
     * this machine each takes under 0.5 s, warm under 0.1 s. Two seconds leaves room for a busy CI machine.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void deeplyNestedOrPathologicalInputIsRenderedOrRefusedWithoutOverflowingTheStack(int which) {
        String input = switch (which) {
            case 0 -> ">".repeat(10_000) + " citation très profonde";
            case 1 -> "- ".repeat(10_000) + "liste très profonde";
            case 2 -> "[".repeat(10_000) + "x" + "](y)".repeat(10_000);
            default -> "*a **b ".repeat(5_000);
        };
        String html = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                return renderer.render(input);
            } catch (MarkdownRenderer.TooDeeplyNested refused) {
                return "refused";
            }
        });
        assertFalse(html.isEmpty());
        if (which <= 1) {
            assertEquals("refused", html, "10,000 levels of quotes or lists are refused");
        }
    }
}
