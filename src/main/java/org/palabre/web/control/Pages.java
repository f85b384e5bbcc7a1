package org.palabre.web.control;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the HTML templates of src/main/jte. They are compiled to Java at build time (jte), escape every
 * value for the context it lands in, and take the request's {@link PageContext} as {@code page}.
 */
@ApplicationScoped
public class Pages {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    @Inject
    PageContext page;

    public String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput(8 * 1024);
        renderInto(output, template, parameters);
        return output.toString();
    }

    /**
     * The page encoded as UTF-8, for a response. HTML kept already encoded and written into it with
     * {@code writeBinaryContent} goes out as it is, not decoded and encoded again.
     */
    public Utf8ByteOutput renderUtf8(String template, Map<String, Object> parameters) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        renderInto(output, template, parameters);
        return output;
    }

    /** Renders into an output of the caller's, such as the one a {@link gg.jte.Content} is given. */
    public void renderInto(TemplateOutput output, String template, Map<String, Object> parameters) {
        Map<String, Object> withPage = new HashMap<>(parameters);
        withPage.put("page", page.unproxied());
        ENGINE.render(template, withPage, output);
    }

    public String render(String template) {
        return render(template, Map.of());
    }

    /** A message in the reader's language, for a sentence a template shows as it is. */
    public String text(String key, Object... arguments) {
        return page.t(key, arguments);
    }

    /** The page that asks again before a destructive action done without its confirmation box ticked. */
    public String confirm(Confirmation confirmation) {
        return render("layout/confirm.jte", Map.of("confirmation", confirmation));
    }

    /** A short page that tells the reader what happened: a title and a sentence, both message keys. */
    public String notice(String titleKey, String textKey) {
        return render("site/notice.jte", Map.of("title", page.t(titleKey), "text", page.t(textKey)));
    }
}
