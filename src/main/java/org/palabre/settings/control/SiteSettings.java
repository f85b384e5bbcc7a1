package org.palabre.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.settings.entity.RegistrationMode;
import org.palabre.settings.entity.SettingChanged;
import org.palabre.settings.entity.SiteSetting;

/** The settings administrators change from the site; each has a default until changed. */
@ApplicationScoped
public class SiteSettings {

    static final String REGISTRATION_MODE = "registration.mode";
    static final String FLAG_THRESHOLD = "flags.threshold";
    static final String TWO_PERSON_RULE = "moderation.two-person-rule";
    public static final String IMAGE_PROXY = "uploads.image-proxy";
    public static final int DEFAULT_FLAG_THRESHOLD = 3;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<SettingChanged> changed;

    @Transactional
    public RegistrationMode registrationMode() {
        SiteSetting setting = entityManager.find(SiteSetting.class, REGISTRATION_MODE);
        if (setting == null) {
            return RegistrationMode.OPEN;
        }
        try {
            return RegistrationMode.valueOf(setting.value());
        } catch (IllegalArgumentException e) {
            return RegistrationMode.CLOSED; // an unreadable value must not open the doors
        }
    }

    @Transactional
    public void chooseRegistrationMode(long actorId, RegistrationMode mode) {
        put(actorId, REGISTRATION_MODE, mode.name());
    }

    /** How many members' flags hide a post pending review. */
    @Transactional
    public int flagThreshold() {
        SiteSetting setting = entityManager.find(SiteSetting.class, FLAG_THRESHOLD);
        try {
            return setting == null ? DEFAULT_FLAG_THRESHOLD : Math.max(1, Integer.parseInt(setting.value()));
        } catch (NumberFormatException e) {
            return DEFAULT_FLAG_THRESHOLD;
        }
    }

    /** Whether long suspensions wait for a second moderator (on unless an administrator turned it off). */
    @Transactional
    public boolean twoPersonRule() {
        SiteSetting setting = entityManager.find(SiteSetting.class, TWO_PERSON_RULE);
        return setting == null || !"false".equals(setting.value());
    }

    @Transactional
    public void chooseModeration(long actorId, int threshold, boolean twoPersons) {
        put(actorId, FLAG_THRESHOLD, String.valueOf(Math.max(1, Math.min(100, threshold))));
        put(actorId, TWO_PERSON_RULE, String.valueOf(twoPersons));
    }

    /**
     * Whether images from other sites are fetched by the server and shown from it (off unless an administrator turned
     * it on: then they stay links, and readers' browsers load nothing from elsewhere either way).
     */
    @Transactional
    public boolean imageProxy() {
        SiteSetting setting = entityManager.find(SiteSetting.class, IMAGE_PROXY);
        return setting != null && "true".equals(setting.value());
    }

    @Transactional
    public void chooseImageProxy(long actorId, boolean on) {
        put(actorId, IMAGE_PROXY, String.valueOf(on));
    }

    /** Stores the value and, when it differs from what was there, tells the log who changed it. */
    private void put(long actorId, String name, String value) {
        SiteSetting setting = entityManager.find(SiteSetting.class, name);
        if (setting == null || !value.equals(setting.value())) {
            changed.fire(new SettingChanged(actorId, name, value));
        }
        if (setting == null) {
            entityManager.persist(new SiteSetting(name, value));
        } else {
            setting.change(value);
        }
    }
}
