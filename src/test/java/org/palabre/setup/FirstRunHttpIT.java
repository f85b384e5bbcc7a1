package org.palabre.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.WebClient;

/**
 * The first-run page on a fresh Palabre refuses bad input. Runs before every other class, while the setup
 * is still open, and leaves it open: FirstRunBrowserIT completes it, SetupDoneHttpIT checks what follows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(1)
class FirstRunHttpIT {

    @ArquillianResource
    URL base;

    @Test
    void aFreshPalabreOffersTheSetupPageAndRefusesBadInputWithoutCreatingAnything() throws Exception {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> form = client.get("/setup");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"code\""));

        HttpResponse<String> wrongCode = client.submit(
                "/setup",
                "/setup",
                Map.of(
                        "code",
                        "AAAA-AAAA-AAAA",
                        "username",
                        "admin",
                        "email",
                        "admin@palabre.test",
                        "password",
                        "une phrase de passe",
                        "passwordAgain",
                        "une phrase de passe"));
        assertEquals(422, wrongCode.statusCode());
        assertTrue(wrongCode.body().contains("Ce code n’est pas le bon"), "the field says what is wrong");
        assertTrue(wrongCode.body().contains("value=\"admin@palabre.test\""), "what was typed is kept");

        HttpResponse<String> badFields = client.submit(
                "/setup",
                "/setup",
                Map.of(
                        "code",
                        Administrator.setupCode(client),
                        "username",
                        "<b>x</b>",
                        "email",
                        "pas une adresse",
                        "password",
                        "court",
                        "passwordAgain",
                        "autre"));
        assertEquals(422, badFields.statusCode());
        assertTrue(badFields.body().contains("De 3 à 20 caractères"));
        assertTrue(badFields.body().contains("Cette adresse électronique ne semble pas valide"));
        assertTrue(badFields.body().contains("Au moins 10 caractères"));
        assertFalse(badFields.body().contains("<b>x</b>"), "markup typed in a field comes back escaped");
        assertTrue(badFields.body().contains("value=\"&lt;b>x&lt;/b>\""), "shown back as the text it was");

        assertEquals(200, client.get("/setup").statusCode(), "nothing was created: the setup is still open");
    }
}
