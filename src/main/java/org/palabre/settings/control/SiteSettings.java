package org.palabre.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.settings.entity.RegistrationMode;
import org.palabre.settings.entity.SiteSetting;

/** The settings administrators change from the site; each has a default until changed. */
@ApplicationScoped
public class SiteSettings {

    static final String REGISTRATION_MODE = "registration.mode";

    @PersistenceContext
    EntityManager entityManager;

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
    public void chooseRegistrationMode(RegistrationMode mode) {
        SiteSetting setting = entityManager.find(SiteSetting.class, REGISTRATION_MODE);
        if (setting == null) {
            entityManager.persist(new SiteSetting(REGISTRATION_MODE, mode.name()));
        } else {
            setting.change(mode.name());
        }
    }
}
