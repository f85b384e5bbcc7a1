package org.palabre.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palabre.accounts.control.ApiTokens;
import org.palabre.accounts.entity.Account;
import org.palabre.web.control.Pages;

/** The preferences page, which every form on it answers with again when something typed is refused. */
@ApplicationScoped
public class PreferencesPage {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    @Inject
    ApiTokens apiTokens;

    @Inject
    Pages pages;

    @Inject
    Instance<PreferencesSection> sections;

    public String render(Account member, Map<String, String> problems, String done, String typedEmail) {
        return render(model(member, problems, done, typedEmail));
    }

    public String render(Map<String, Object> model) {
        return pages.render("accounts/preferences.jte", model);
    }

    /** The page's parameters, for a form to add what the member typed before rendering. */
    public Map<String, Object> model(Account member, Map<String, String> problems, String done, String typedEmail) {
        Map<String, Object> model = new HashMap<>();
        model.put("member", member);
        model.put("problems", problems);
        model.put("done", done);
        model.put("typedEmail", typedEmail);
        model.put("timeZones", TIME_ZONES);
        model.put("tokens", apiTokens.list(member));
        model.put("newToken", "");
        model.put("typedDisplayName", member.displayName());
        model.put("typedBio", member.bioRaw());
        model.put("typedPosts", "");
        model.put("typedTokenName", "");
        sections.forEach(section -> section.addTo(model, member));
        return model;
    }
}
