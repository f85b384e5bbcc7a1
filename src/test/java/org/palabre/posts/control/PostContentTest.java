package org.palabre.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostContentTest {

    private final PostContent content = new PostContent();

    PostContentTest() {
        content.maxLength = 32_000;
    }

    @Test
    void aOneMegabytePostIsRefusedAsTooLongWithTheLimit() {
        PostContent.Outcome outcome = content.cook("a".repeat(1_000_000));
        assertEquals("posts.raw.tooLong", outcome.problem());
        assertEquals(32_000, outcome.argument(), "the message tells the limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 inside", "bell \u0007", "escape \u001b[31m"})
    void controlCharactersAreRefused(String raw) {
        assertEquals("posts.raw.controls", content.cook(raw).problem());
    }

    @Test
    void lineEndingsOfAnyKindAreAcceptedAsNewlines() {
        PostContent.Outcome outcome = content.cook("une\r\ndeux\rtrois\n\tquatre");
        assertFalse(outcome.refused());
        assertEquals("une\ndeux\ntrois\n\tquatre", outcome.cooked().raw());
    }

    /* Production runs with -Xss512k: the check must not itself overflow such a stack. 10 s only catches a hang. */
    @ParameterizedTest
    @ValueSource(strings = {">", "> ", "- ", "1. "})
    void tenThousandNestedLevelsAreRefusedOnAProductionSizedStack(String level) throws Exception {
        FutureTask<Object> cooking = new FutureTask<>(() -> {
            try {
                return content.cook(level.repeat(10_000) + "fond");
            } catch (Throwable e) {
                return e;
            }
        });
        long start = System.nanoTime();
        new Thread(null, cooking, "cook", 512 * 1024).start();
        try {
            Object outcome = cooking.get(10, TimeUnit.SECONDS);
            System.out.printf(
                    "10,000 x \"%s\": %s in %d ms%n", level, outcome, (System.nanoTime() - start) / 1_000_000);
            assertTrue(outcome instanceof PostContent.Outcome, "cooking threw " + outcome);
            assertEquals("markdown.tooDeep", ((PostContent.Outcome) outcome).problem());
        } catch (TimeoutException e) {
            fail("still cooking after 10 s");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
