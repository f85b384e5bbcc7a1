package org.palabre.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class UsernameSkeletonTest {

    @Test
    void aCyrillicLetterCannotImpersonateTheLatinOne() {
        assertEquals(UsernameSkeleton.of("noemie"), UsernameSkeleton.of("n\u043Eemie"));
    }

    @Test
    void caseAndLookAlikeDigitsShareASkeleton() {
        assertEquals(UsernameSkeleton.of("denic"), UsernameSkeleton.of("DENIC"));
        assertEquals(UsernameSkeleton.of("paul"), UsernameSkeleton.of("pau1"));
        assertEquals(UsernameSkeleton.of("modem"), UsernameSkeleton.of("modern"));
    }

    @Test
    void composedAndDecomposedAccentsAreTheSameName() {
        assertEquals(UsernameSkeleton.of("No\u00E9mie"), UsernameSkeleton.of("Noe\u0301mie"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(UsernameSkeleton.of("noemie"), UsernameSkeleton.of("naomie"));
        assertNotEquals(UsernameSkeleton.of("denic"), UsernameSkeleton.of("denis"));
    }
}
