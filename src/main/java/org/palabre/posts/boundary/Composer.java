package org.palabre.posts.boundary;

import java.util.List;
import java.util.Map;
import org.palabre.categories.entity.Category;

/**
 * The writing form as one page shows it: new topic, reply or edit, with what was typed, problems and preview, and
 * the reason when the person may not publish (the text stays in the form).
 */
public record Composer(
        String heading,
        String action,
        String submitLabel,
        String cancelPath,
        boolean withTitle,
        String title,
        List<Category> categories,
        String category,
        String raw,
        Integer replyTo,
        String replyToLabel,
        boolean withReason,
        String reason,
        Map<String, String> problems,
        Object problemArgument,
        String previewHtml,
        String notice,
        boolean closed) {

    public static Composer reply(
            String heading,
            String action,
            String submitLabel,
            String cancelPath,
            Integer replyTo,
            String replyToLabel,
            String raw) {
        return new Composer(
                heading,
                action,
                submitLabel,
                cancelPath,
                false,
                "",
                List.of(),
                null,
                raw,
                replyTo,
                replyToLabel,
                false,
                "",
                Map.of(),
                null,
                null,
                null,
                false);
    }

    public static Composer newTopic(
            String heading, List<Category> categories, String category, String title, String raw) {
        return new Composer(
                heading,
                "/new-topic",
                heading,
                category == null ? "/" : "/c/" + category,
                true,
                title,
                categories,
                category,
                raw,
                null,
                null,
                false,
                "",
                Map.of(),
                null,
                null,
                null,
                false);
    }

    public static Composer edit(
            String heading, String action, String submitLabel, String cancelPath, String raw, String reason) {
        return new Composer(
                heading,
                action,
                submitLabel,
                cancelPath,
                false,
                "",
                List.of(),
                null,
                raw,
                null,
                null,
                true,
                reason,
                Map.of(),
                null,
                null,
                null,
                false);
    }

    public Composer withProblems(Map<String, String> newProblems, Object argument) {
        return new Composer(
                heading,
                action,
                submitLabel,
                cancelPath,
                withTitle,
                title,
                categories,
                category,
                raw,
                replyTo,
                replyToLabel,
                withReason,
                reason,
                newProblems,
                argument,
                previewHtml,
                notice,
                closed);
    }

    public Composer withPreview(String html) {
        return new Composer(
                heading,
                action,
                submitLabel,
                cancelPath,
                withTitle,
                title,
                categories,
                category,
                raw,
                replyTo,
                replyToLabel,
                withReason,
                reason,
                problems,
                problemArgument,
                html,
                notice,
                closed);
    }

    /**
     * Why this person may not publish here, above the form, already in the reader's words (it may carry a date).
     * A closed composer shows what was typed but cannot be used, as for a silenced member before they type.
     */
    public Composer withNotice(String text, boolean closing) {
        return new Composer(
                heading,
                action,
                submitLabel,
                cancelPath,
                withTitle,
                title,
                categories,
                category,
                raw,
                replyTo,
                replyToLabel,
                withReason,
                reason,
                problems,
                problemArgument,
                previewHtml,
                text,
                closing);
    }
}
