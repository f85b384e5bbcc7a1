package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.settings.entity.SiteSetting;

/**
 * The moderation thresholds administrators set: which posts wait for approval, and how long an account
 * counts as new. Zero turns a threshold off; all are off until chosen, except the one-day trust period.
 */
@ApplicationScoped
public class ModerationSettings {

    /** Posts from accounts younger than this many days need approval (0: off). */
    public static final String APPROVAL_YOUNGER_THAN_DAYS = "approval.younger-than-days";
    /** Posts from accounts with fewer approved posts than this need approval (0: off). */
    public static final String APPROVAL_FEWER_POSTS_THAN = "approval.fewer-posts-than";
    /** Accounts with fewer approved posts than this keep the new-account limits (links, images, rates) past their first day. */
    public static final String TRUST_FEWER_POSTS_THAN = "trust.fewer-posts-than";

    public record Thresholds(int approvalYoungerThanDays, int approvalFewerPostsThan, int trustFewerPostsThan) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationLog log;

    @Transactional
    public Thresholds thresholds() {
        return new Thresholds(
                number(APPROVAL_YOUNGER_THAN_DAYS), number(APPROVAL_FEWER_POSTS_THAN), number(TRUST_FEWER_POSTS_THAN));
    }

    @Transactional
    public void choose(Account actor, Thresholds chosen) {
        save(APPROVAL_YOUNGER_THAN_DAYS, chosen.approvalYoungerThanDays());
        save(APPROVAL_FEWER_POSTS_THAN, chosen.approvalFewerPostsThan());
        save(TRUST_FEWER_POSTS_THAN, chosen.trustFewerPostsThan());
        log.record(
                actor,
                ModerationActionKind.APPROVAL_SETTINGS_CHANGED,
                TargetKind.SETTING,
                null,
                null,
                null,
                chosen.toString());
    }

    /** Every new topic in the category waits for approval, or no longer does. */
    @Transactional
    public void requireApprovalOfTopics(Account actor, long categoryId, boolean required) {
        Category category = entityManager.find(Category.class, categoryId);
        category.requireApprovalOfTopics(required);
        log.record(
                actor,
                required
                        ? ModerationActionKind.CATEGORY_APPROVAL_REQUIRED
                        : ModerationActionKind.CATEGORY_APPROVAL_LIFTED,
                TargetKind.CATEGORY,
                categoryId,
                categoryId,
                null,
                category.slug());
    }

    private int number(String key) {
        SiteSetting setting = entityManager.find(SiteSetting.class, key);
        if (setting == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(setting.value()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void save(String key, int value) {
        SiteSetting setting = entityManager.find(SiteSetting.class, key);
        String text = String.valueOf(Math.max(0, value));
        if (setting == null) {
            entityManager.persist(new SiteSetting(key, text));
        } else {
            setting.change(text);
        }
    }
}
