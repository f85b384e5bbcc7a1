package org.palabre.mailing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextLinksTest {

    private static final String SITE = "https://forum.example.org";

    @Test
    void linksToTheForumItselfBecomeAbsoluteInThePlainTextPart() {
        assertEquals(
                "Voir [le compte rendu](https://forum.example.org/t/12-ag/3) et ![photo](https://forum.example.org/uploads/a.png)",
                PlainTextLinks.absolute("Voir [le compte rendu](/t/12-ag/3) et ![photo](/uploads/a.png)", SITE));
        assertEquals(
                "[cr]: https://forum.example.org/t/12-ag\n<a href=\"https://forum.example.org/c/campagne\">x</a>",
                PlainTextLinks.absolute("[cr]: /t/12-ag\n<a href=\"/c/campagne\">x</a>", SITE));
    }

    @Test
    void linksElsewhereStayAsWritten() {
        String raw = "[wiki](https://wiki.example.org/a) [cdn](//cdn.example.org/x) (/pas/un/lien) @camille";
        assertEquals(raw, PlainTextLinks.absolute(raw, SITE + "/"));
    }
}
