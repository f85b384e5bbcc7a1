package org.palabre.mentions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupMentionsTest {

    @Test
    void aGroupUpToTheLimitIsToldAndALargerOneIsNot() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("collectif-lyon", 100L);
        sizes.put("tout-le-monde", 101L);
        sizes.put("bureau", 3L);

        assertEquals(List.of("tout-le-monde"), GroupMentions.tooLarge(sizes, 100));
        assertEquals(List.of("collectif-lyon", "tout-le-monde"), GroupMentions.tooLarge(sizes, 99));
        assertEquals(List.of(), GroupMentions.tooLarge(sizes, 101));
    }
}
