package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    @Test
    void anExtraHeaderWithALineBreakIsRefusedRatherThanSent() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingMail("a@b.test", "s", "t", null, Map.of("List-Id", "<a.b>\r\nBcc: victim@x.test")));
    }

    @Test
    void anExtraHeaderNameMustBeAToken() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingMail("a@b.test", "s", "t", null, Map.of("Bad: Name", "v")));
    }
}
