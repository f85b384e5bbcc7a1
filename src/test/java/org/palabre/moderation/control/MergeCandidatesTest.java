package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MergeCandidatesTest {

    @Test
    void aPastedAddressOrANumberNamesATopic() {
        assertEquals(42L, MergeCandidates.topicId("42"));
        assertEquals(42L, MergeCandidates.topicId("https://forum.example/t/covoiturage-retour/42"));
        assertEquals(42L, MergeCandidates.topicId("https://forum.example/t/covoiturage-retour/42/7"));
        assertEquals(42L, MergeCandidates.topicId("/t/covoiturage-retour/42?page=2"));
        assertEquals(42L, MergeCandidates.topicId("http://localhost:8080/t/x/42#post-3"));
    }

    @Test
    void wordsAreATitleSearch() {
        assertNull(MergeCandidates.topicId("covoiturage retour"));
        assertNull(MergeCandidates.topicId("sujet 42 bis"));
        assertNull(MergeCandidates.topicId("https://forum.example/c/covoiturage/42"));
    }
}
