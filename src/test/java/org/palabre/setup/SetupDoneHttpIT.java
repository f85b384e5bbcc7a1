package org.palabre.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
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
 * The first-run page once the administrator exists: created in a browser by FirstRunBrowserIT just before,
 * or here through Administrator.ensureExists where no browser is installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(3)
class SetupDoneHttpIT {

    @ArquillianResource
    URL base;

    @Test
    void onceTheAdministratorExistsTheSetupPageIsGoneAndTheAdministratorCanSignIn() throws Exception {
        URI uri = base.toURI();
        Administrator.ensureExists(uri);
        WebClient anonymous = new WebClient(uri);
        assertEquals(404, anonymous.get("/setup").statusCode());
        assertEquals(
                404,
                anonymous
                        .submit(
                                "/signin", // a page with a form, so with a token
                                "/setup",
                                Map.of(
                                        "code",
                                        "AAAA-AAAA-AAAA",
                                        "username",
                                        "intrus",
                                        "email",
                                        "intrus@palabre.test",
                                        "password",
                                        "une phrase de passe",
                                        "passwordAgain",
                                        "une phrase de passe"))
                        .statusCode(),
                "a second administrator cannot be made through the setup page");
        assertEquals("", Administrator.setupCode(anonymous), "the code is retired");

        WebClient admin = Administrator.signedIn(uri);
        assertEquals(200, admin.get("/admin/mail").statusCode());
    }
}
