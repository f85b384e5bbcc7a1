package org.palabre.watching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.palabre.accounts.boundary.PreferencesSection;
import org.palabre.accounts.entity.Account;
import org.palabre.watching.control.WatchDefaults;

/** What the member watches by default, on the preferences page. */
@ApplicationScoped
public class WatchDefaultsOnPreferences implements PreferencesSection {

    @Inject
    WatchDefaults watchDefaults;

    @Override
    public void addTo(Map<String, Object> model, Account member) {
        model.put("watchDefaults", watchDefaults.of(member.id()));
    }
}
