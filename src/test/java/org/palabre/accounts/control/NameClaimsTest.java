package org.palabre.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palabre.accounts.entity.UsernameSkeleton;

class NameClaimsTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "Admin", "ADMIN", "\u0430dmin", "adrnin", "Administrateur", "Modératrice", "root"})
    void namesThatReadAsTheForumStaffAreReservedWhateverTheirLook(String name) {
        assertTrue(NameClaims.STAFF_SKELETONS.contains(UsernameSkeleton.of(name)), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"adminisme", "Amina", "Rootard", "camille"})
    void otherNamesAreNot(String name) {
        assertFalse(NameClaims.STAFF_SKELETONS.contains(UsernameSkeleton.of(name)), name);
    }
}
