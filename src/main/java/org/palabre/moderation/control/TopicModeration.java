package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.TopicAction;
import org.palabre.topics.entity.PinScope;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;

/** Closing, pinning, archiving, unlisting, moving, retitling and slowing down a topic: checked, done and logged at once. */
@ApplicationScoped
public class TopicModeration {

    public static final int REASON_MAX_LENGTH = 500;
    public static final int SLOW_MODE_MAX_SECONDS = 86_400;

    /** What some actions need besides the reason: the new category (slug), title, pin scope or interval. */
    public record Details(String reason, String category, String title, String scope, Integer seconds) {
        public static Details because(String reason) {
            return new Details(reason, null, null, null, null);
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationPermissions permissions;

    @Inject
    CategoryPermissions categories;

    @Inject
    ModerationLog log;

    @Transactional
    public Topic act(Account actor, long topicId, TopicAction action, Details details) {
        Topic topic = entityManager.find(Topic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null || !categories.canRead(actor, topic.categoryId())) {
            throw Refusal.notFound();
        }
        permissions.requireModerator(actor, topic);
        String reason = reason(details.reason());
        String logged = switch (action) {
            case CLOSE -> done(topic::close);
            case REOPEN -> done(topic::reopen);
            case ARCHIVE -> done(topic::archive);
            case UNARCHIVE -> done(topic::unarchive);
            case UNLIST -> done(topic::unlist);
            case RELIST -> done(topic::relist);
            case UNPIN -> done(topic::unpin);
            case PIN -> pin(topic, details.scope());
            case MOVE -> move(actor, topic, details.category());
            case RETITLE -> retitle(topic, details.title());
            case SLOW_MODE -> slowDown(topic, details.seconds());
        };
        log.record(actor, action.logged(), TargetKind.TOPIC, topic.id(), topic.categoryId(), reason, logged);
        return topic;
    }

    private static String done(Runnable change) {
        change.run();
        return null;
    }

    private static String pin(Topic topic, String scope) {
        PinScope chosen = "SITE".equalsIgnoreCase(scope) ? PinScope.SITE : PinScope.CATEGORY;
        topic.pin(chosen);
        return chosen.name();
    }

    /** Access follows the category: the topic is read and written as the new category says, everywhere at once. */
    private String move(Account actor, Topic topic, String slug) {
        Category target = categories.all().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(Map.of("category", "topics.category.invalid")));
        ModerationPermissions.require(permissions.canMove(actor, topic, target.id()));
        Long from = topic.categoryId();
        topic.moveTo(entityManager.getReference(Category.class, target.id()));
        return "{modlog.details.moved|" + from + "|" + target.id() + "}";
    }

    private static String retitle(Topic topic, String title) {
        TopicTitle.problem(title).ifPresent(problem -> {
            throw new InvalidInput(Map.of("title", problem), TopicTitle.MAX_LENGTH);
        });
        String before = topic.title();
        topic.retitle(TopicTitle.of(title));
        return before;
    }

    private static String slowDown(Topic topic, Integer seconds) {
        if (seconds == null || seconds < 0 || seconds > SLOW_MODE_MAX_SECONDS) {
            throw new InvalidInput(Map.of("seconds", "moderation.slowMode.invalid"), SLOW_MODE_MAX_SECONDS);
        }
        topic.slowDown(seconds);
        return seconds + " s";
    }

    static String reason(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String reason = typed.strip();
        if (reason.length() > REASON_MAX_LENGTH
                || reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidInput(Map.of("reason", "moderation.reason.invalid"), REASON_MAX_LENGTH);
        }
        return reason;
    }
}
