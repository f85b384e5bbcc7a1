package org.palabre.moderation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModerationActionKindTest {

    @Test
    void everyActionFitsTheLogColumn() throws Exception {
        String migration = Files.readString(Path.of("db/V14__moderation_log_and_category_moderators.sql"));
        assertTrue(migration.contains("action       VARCHAR(40)"), "the column this test measures against");
        Arrays.stream(ModerationActionKind.values())
                .forEach(kind -> assertTrue(kind.name().length() <= 40, kind + " is longer than the column"));
    }

    /** The staff's and the public log show a label, never a code, in French and in English alike. */
    @Test
    void everyActionAndTargetHasALabelInEveryLanguage() throws Exception {
        for (String language : List.of("fr", "en")) {
            Properties messages = new Properties();
            try (var in = Files.newBufferedReader(
                    Path.of("src/main/resources/messages/messages_" + language + ".properties"))) {
                messages.load(in);
            }
            List<String> missing = Stream.concat(
                            Arrays.stream(ModerationActionKind.values()).map(kind -> "modlog.action." + kind.name()),
                            Arrays.stream(ModerationAction.TargetKind.values())
                                    .map(kind -> "modlog.target." + kind.name()))
                    .filter(key -> messages.getProperty(key, "").isBlank())
                    .toList();
            assertEquals(List.of(), missing, "labels missing in " + language);
        }
    }

    @Test
    void everyTopicActionIsLoggedUnderItsOwnKind() {
        long distinct = Arrays.stream(TopicAction.values())
                .map(TopicAction::logged)
                .distinct()
                .count();
        assertEquals(TopicAction.values().length, distinct);
    }

    @Test
    void aFilterNamesAnActionExactly() {
        assertEquals(Optional.of(ModerationActionKind.POST_DELETED), ModerationActionKind.named(" POST_DELETED "));
        assertEquals(Optional.empty(), ModerationActionKind.named("post_deleted"));
        assertEquals(Optional.empty(), ModerationActionKind.named("POST_VANISHED"));
        assertEquals(Optional.empty(), ModerationActionKind.named(null));
    }
}
