package org.palabre.muting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.palabre.accounts.boundary.ProfileSection;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.muting.control.Mutes;

/** The mute button on another member's profile. */
@ApplicationScoped
public class MuteOnProfile implements ProfileSection {

    @Inject
    Mutes mutes;

    @Override
    public void addTo(Map<String, Object> model, Account member, Account reader) {
        boolean canMute =
                reader != null && reader.has(Role.MEMBER) && !reader.id().equals(member.id());
        model.put("canMute", canMute);
        model.put("muted", canMute && mutes.hasMuted(reader.id(), member.id()));
    }
}
