package org.palabre.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"noemie", "Noémie", "denic_42", "jean-luc", "a.b.c", "Ана", "李小龙"})
    void acceptsLettersOfAnyScriptDigitsAndSomePunctuation(String username) {
        assertEquals(Optional.empty(), AccountRules.usernameProblem(username));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ab",
                "abcdefghijklmnopqrstu",
                "a b c",
                "<b>bold</b>",
                "admin\r\nX",
                "bob\u202Eevil",
                "zero\u200Bwidth",
                "tab\there",
                "emoji😀x",
                "@denic"
            })
    void refusesShortLongMarkupControlBidiAndInvisibleCharacters(String username) {
        assertEquals(Optional.of("account.username.invalid"), AccountRules.usernameProblem(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingUsernameIsNamedAsMissing(String username) {
        assertEquals(Optional.of("account.username.required"), AccountRules.usernameProblem(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"noemie@example.org", "a.b+tag@collectif.fr", "élise@exemple.fr"})
    void acceptsOrdinaryAddresses(String email) {
        assertEquals(Optional.empty(), AccountRules.emailProblem(email));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no-at-sign",
                "two@@example.org",
                "a@b",
                "a b@example.org",
                "x@example.org\r\nBcc: y@z.org",
                "<script>@example.org"
            })
    void refusesAddressesThatCannotBeRealOrCouldBreakAHeader(String email) {
        assertEquals(Optional.of("account.email.invalid"), AccountRules.emailProblem(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "123456789"})
    void passwordsShorterThanTenCharactersAreRefused(String password) {
        assertEquals(Optional.of("account.password.tooShort"), AccountRules.passwordProblem(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop", "1234567890", "Q1W2E3R4T5", "1q2w3e4r5t"})
    void theMostCommonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertEquals(Optional.of("account.password.common"), AccountRules.passwordProblem(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"une phrase de passe", "vidéosurveillance-non-2026"})
    void passwordsOfTenCharactersOrMoreAreAccepted(String password) {
        assertTrue(AccountRules.passwordProblem(password).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin\u034F", // combining grapheme joiner: a mark, so the letters-and-marks pattern let it in
                "admin\uFE0F", // variation selector
                "adm\u0334\u0334\u0334\u0334in" // marks stacked to spill over the text around
            })
    void refusesUsernamesWithMarksThatShowAsNothing(String username) {
        assertEquals(Optional.of("account.username.invalid"), AccountRules.usernameProblem(username));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin\u200B", // zero-width space
                "admin\u2060", // word joiner
                "\u3164admin", // Hangul filler, a "letter" that shows as a blank
                "admin\u034F",
                "ad\u00A0min", // no-break space: only the plain space separates words
                "ad\u3000min",
                "admin\u2800", // blank Braille pattern
                "\u202Enimda", // right-to-left override
                "admin\uDB40\uDC41" // tag character
            })
    void refusesDisplayNamesWithInvisibleCharactersAsUsernamesAre(String displayName) {
        assertEquals(Optional.of("profile.displayName.invalid"), AccountRules.displayNameProblem(displayName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jean Dupont", "Élodie K.", "Nguyễn Thị Lan", "Zoë (collectif Vélorution)", "山田 太郎"})
    void acceptsDisplayNamesOfAnyScriptWithSpacesAndPunctuation(String displayName) {
        assertEquals(Optional.empty(), AccountRules.displayNameProblem(displayName));
    }
}
