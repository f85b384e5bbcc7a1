package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.RoleChanged;
import org.palabre.categories.entity.CategoryChanged;
import org.palabre.groups.entity.GroupChanged;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.settings.entity.SettingChanged;

/**
 * Puts in the staff's log what features below moderation tell of: role changes, categories, groups and site
 * settings. Each is a past-tense event fired inside the changing transaction, so the line is written, or not,
 * with the change itself.
 */
@ApplicationScoped
public class StaffActions {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationLog log;

    @Transactional(Transactional.TxType.MANDATORY)
    void roleChanged(@Observes RoleChanged event) {
        log.record(
                actor(event.actorId()),
                ModerationActionKind.MEMBER_ROLE_CHANGED,
                TargetKind.ACCOUNT,
                event.accountId(),
                null,
                null,
                "{roles." + event.from() + "} → {roles." + event.to() + "}");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void categoryChanged(@Observes CategoryChanged event) {
        ModerationActionKind kind = switch (event.change()) {
            case CREATED -> ModerationActionKind.CATEGORY_CREATED;
            case CHANGED -> ModerationActionKind.CATEGORY_CHANGED;
            case DELETED -> ModerationActionKind.CATEGORY_DELETED;
        };
        // Not filed under the category: its public log tells readers about moderation of posts, not its settings.
        log.record(actor(event.actorId()), kind, TargetKind.CATEGORY, event.categoryId(), null, null, event.slug());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void groupChanged(@Observes GroupChanged event) {
        ModerationActionKind kind = switch (event.change()) {
            case CREATED -> ModerationActionKind.GROUP_CREATED;
            case CHANGED -> ModerationActionKind.GROUP_CHANGED;
            case DELETED -> ModerationActionKind.GROUP_DELETED;
        };
        String details = event.what() == null ? event.name() : event.name() + " : " + event.what();
        log.record(actor(event.actorId()), kind, TargetKind.GROUP, event.groupId(), null, null, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void settingChanged(@Observes SettingChanged event) {
        log.record(
                actor(event.actorId()),
                ModerationActionKind.SITE_SETTING_CHANGED,
                TargetKind.SETTING,
                null,
                null,
                null,
                "{modlog.setting." + event.setting() + "} → " + said(event.setting(), event.value()));
    }

    /** A chosen value as the log says it: a mode or a yes/no in the reader's language, a number as it is. */
    static String said(String setting, String value) {
        if (setting.equals("registration.mode")) {
            return "{settings.registration." + value + "}";
        }
        if (value.equals("true") || value.equals("false")) {
            return "{modlog.setting." + value + "}";
        }
        return value;
    }

    private Account actor(long id) {
        return entityManager.getReference(Account.class, id);
    }
}
