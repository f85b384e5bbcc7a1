package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer of the corpus becomes exactly the text its member wrote, whatever client sent it. */
class ReplyTrimmerCorpusTest {

    private final MailBodyReader reader = new MailBodyReader();
    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    static List<ReplyCorpus> answers() {
        return ReplyCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void theMembersAnswerIsKeptAndTheHistoryDropped(ReplyCorpus answer) throws Exception {
        assertEquals(
                answer.expected(), trimmer.trim(reader.read(answer.message()).text()), answer.name());
    }

    @Test
    void theCorpusCoversAtLeastFortyAnswersFromEveryMainClient() {
        List<ReplyCorpus> all = ReplyCorpus.all();
        assertTrue(all.size() >= 40, "answers: " + all.size());
        for (String client : List.of("gmail", "outlook", "apple", "thunderbird", "k9", "fairemail", "proton", "html")) {
            assertTrue(all.stream().anyMatch(answer -> answer.client().equals(client)), client);
        }
    }
}
