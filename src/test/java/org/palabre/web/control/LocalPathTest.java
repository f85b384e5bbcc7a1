package org.palabre.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/mail", "/t/lancement/12?page=2"})
    void aPathOnThisSiteIsKept(String path) {
        assertEquals(path, LocalPath.orHome(path));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "https://evil.example/",
                "//evil.example/",
                "/\\evil.example",
                "javascript:alert(1)",
                "/ok\r\nSet-Cookie: x=1",
                "relative/path"
            })
    void anythingThatCouldLeaveTheSiteGoesHome(String path) {
        assertEquals("/", LocalPath.orHome(path));
    }

    /** Each once gave a 500: the redirect's Location could not be made of it. */
    @ParameterizedTest
    @ValueSource(
            strings = {"/a b", "/a\\b", "/a\"b", "/a<b", "/a>b", "/a{b}", "/a|b", "/a^b", "/a`b", "/%zz", "/a#b#c"})
    void whatNoAddressCanHoldGoesHome(String path) {
        assertEquals("/", LocalPath.orHome(path));
    }
}
