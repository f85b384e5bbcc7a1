package org.palabre.markdown.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxiedImagesTest {

    private static final byte[] KEY = "a key of the site, 32 bytes long".getBytes(StandardCharsets.UTF_8);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String proxied(String markdown) {
        return ProxiedImages.rewrite(
                renderer.render(markdown), address -> ProxiedImages.PATH + ProxiedImages.token(KEY, address));
    }

    @Test
    void aRemoteImageIsShownFromTheForumAndTheOtherSiteIsNamedNowhere() {
        String html = proxied("Le plan : ![plan du *quartier*](https://cartes.example.org/plan.png?z=3&t=1)");

        assertTrue(html.contains("<img src=\"/uploads/remote/"), html);
        assertTrue(html.contains("alt=\"plan du quartier\""), html);
        assertFalse(html.contains("cartes.example.org"), html);
        assertTrue(html.startsWith("<p>Le plan : "), html);
    }

    @Test
    void anImageWithoutDescriptionDoesNotShowItsAddressAsText() {
        String html = proxied("![](https://cartes.example.org/plan.png)");

        assertTrue(html.contains("alt=\"\""), html);
        assertFalse(html.contains("cartes.example.org"), html);
    }

    @Test
    void linksOwnUploadsAndRelativeImagesAreLeftAsTheyWere() {
        String markdown = "[un lien](https://cartes.example.org/) ![local](/images/logo.png) "
                + "![photo](/uploads/0123456789abcdef0123456789abcdef/photo.jpg)";
        assertEquals(renderer.render(markdown), proxied(markdown));
    }

    @Test
    void theTokenGivesBackTheAddressItWasMadeForAndNothingElse() {
        String address = "https://cartes.example.org/plan.png?z=3&t=1";
        String token = ProxiedImages.token(KEY, address);

        assertTrue(token.matches(ProxiedImages.TOKEN), token);
        assertEquals(Optional.of(address), ProxiedImages.address(KEY, token));
        String otherAddress = token.substring(0, token.indexOf('.') + 1)
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("http://169.254.169.254/latest/meta-data/".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), ProxiedImages.address(KEY, otherAddress), "a MAC moved to another address");
        assertEquals(
                Optional.empty(),
                ProxiedImages.address("another site's key, 32 bytes....".getBytes(StandardCharsets.UTF_8), token));
    }

    @Test
    void theAddressIsTheOneWrittenAfterTheSanitizersEscaping() {
        String html = proxied("![x](https://cartes.example.org/a+b=c@d?q=1&r=2)");
        String token = html.replaceAll("(?s).*src=\"/uploads/remote/([^\"]+)\".*", "$1");
        assertEquals(Optional.of("https://cartes.example.org/a+b=c@d?q=1&r=2"), ProxiedImages.address(KEY, token));
    }
}
