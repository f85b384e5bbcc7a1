package org.palabre.web.control;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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
        Map<String, Object> withPage = new HashMap<>(parameters);
        withPage.put("page", page);
        StringOutput output = new StringOutput(8 * 1024);
        ENGINE.render(template, withPage, output);
        return output.toString();
    }

    public String render(String template) {
        return render(template, Map.of());
    }

    /** A short page that tells the reader what happened: a title and a sentence, both message keys. */
    public String notice(String titleKey, String textKey) {
        return render("site/notice.jte", Map.of("title", page.t(titleKey), "text", page.t(textKey)));
    }
}
