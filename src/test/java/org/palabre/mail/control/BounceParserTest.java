package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bounces as mail systems really write them (src/test/resources/mail/bounces, expected.tsv beside them). */
class BounceParserTest {

    record Expected(String file, String kind, String status, String recipient, String messageId) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> corpus() throws IOException {
        List<String> lines = new String(resource("expected.tsv"), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        return lines.stream().map(line -> line.split("\t")).map(f -> new Expected(f[0], f[1], f[2], f[3], f[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachKnownBounceIsReadForWhatItSays(Expected expected) throws IOException {
        Optional<Bounce> bounce = BounceParser.parse(resource(expected.file()));
        if (expected.kind().equals("-")) {
            assertTrue(bounce.isEmpty(), () -> "not a bounce, read as " + bounce);
            return;
        }
        assertTrue(bounce.isPresent(), "read as no bounce");
        Bounce read = bounce.get();
        assertEquals(expected.kind(), read.kind().name(), read.toString());
        assertEquals(expected.status(), read.status(), read.toString());
        assertEquals(expected.recipient(), read.recipient(), read.toString());
        assertEquals(expected.messageId().equals("-") ? null : expected.messageId(), read.originalMessageId());
        assertTrue(read.diagnostic() != null && !read.diagnostic().isBlank(), read.toString());
    }

    @Test
    void theCorpusHoldsAtLeastFifteenBounces() throws IOException {
        assertTrue(corpus().filter(e -> !e.kind().equals("-")).count() >= 15);
    }

    @Test
    void garbageIsNoBounce() {
        assertTrue(BounceParser.parse(new byte[] {0, 1, 2, 3}).isEmpty());
        assertTrue(BounceParser.parse("Subject: hello\r\n\r\nJust a reply.".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BounceParserTest.class.getResourceAsStream("/mail/bounces/" + name)) {
            return in.readAllBytes();
        }
    }
}
