package org.palabre.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.palabre.accounts.boundary.ProfileSection;
import org.palabre.accounts.entity.Account;
import org.palabre.moderation.control.MemberRestrictions;
import org.palabre.moderation.control.ModerationPermissions;

/**
 * What staff find on a profile: the "trust this member" switch, and the way to the member's moderation page
 * (silence, suspend, delete as a spammer) and to the log of what was done to them and their posts.
 */
@ApplicationScoped
public class TrustOnProfile implements ProfileSection {

    @Inject
    MemberRestrictions restrictions;

    @Override
    public void addTo(Map<String, Object> model, Account member, Account reader) {
        model.put("canTrust", ModerationPermissions.canChangeTrust(reader));
        model.put(
                "canModerateMember",
                restrictions.canActOnMembers(reader) && !member.id().equals(reader.id()));
    }
}
