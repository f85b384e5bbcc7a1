package org.palabre.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.palabre.accounts.boundary.ProfileSection;
import org.palabre.accounts.entity.Account;
import org.palabre.moderation.control.ModerationPermissions;

/** The "trust this member" switch on a profile, for the site moderators who may use it. */
@ApplicationScoped
public class TrustOnProfile implements ProfileSection {

    @Override
    public void addTo(Map<String, Object> model, Account member, Account reader) {
        model.put("canTrust", ModerationPermissions.canChangeTrust(reader));
    }
}
