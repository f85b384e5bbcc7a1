package org.palabre.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Groups: administrators make them, owners fill them, names never collide with members' names. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;
    private WebClient admin;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        admin = Administrator.signedIn(uri);
    }

    @Test
    void anAdministratorMakesAGroupAndAnOwnerManagesItsMembers() {
        WebClient owner = Members.joined(uri, "Quentin", "quentin@collectif.test");
        Members.joined(uri, "Rosa", "rosa@collectif.test");
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "collectif-lyon", "description", "Le groupe de Lyon"))
                        .statusCode());
        assertEquals(
                303,
                admin.submit("/g/collectif-lyon", "/g/collectif-lyon/members", Map.of("username", "quentin"))
                        .statusCode());
        String quentinId = admin.get("/g/collectif-lyon")
                .body()
                .replaceAll("(?s).*action=\"/g/collectif-lyon/members/([0-9]+)/owner\".*", "$1");
        admin.submit("/g/collectif-lyon", "/g/collectif-lyon/members/" + quentinId + "/owner", Map.of("owner", "true"));

        assertEquals(
                303,
                owner.submit("/g/collectif-lyon", "/g/collectif-lyon/members", Map.of("username", "ROSA"))
                        .statusCode());
        String page = owner.get("/g/collectif-lyon").body();
        assertTrue(page.contains(">Rosa</a>") && page.contains(">Quentin</a>"), page);
        assertTrue(page.contains("responsable"));

        HttpResponse<String> unknown =
                owner.submit("/g/collectif-lyon", "/g/collectif-lyon/members", Map.of("username", "personne"));
        assertTrue(owner.get(unknown.headers().firstValue("Location").orElseThrow())
                .body()
                .contains("Aucun membre actif ne porte ce nom."));
    }

    @Test
    void anOrdinaryMemberSeesGroupsButCannotChangeThem() {
        admin.submit("/groups", "/groups", Map.of("name", "collectif-nantes", "description", ""));
        WebClient member = Members.joined(uri, "Simone", "simone@collectif.test");
        assertEquals(200, member.get("/g/collectif-nantes").statusCode());
        assertFalse(member.get("/g/collectif-nantes").body().contains("/members\""), "no add form");
        assertEquals(
                403,
                member.submit("/groups", "/groups", Map.of("name", "mon-groupe", "description", ""))
                        .statusCode());
        assertEquals(
                403,
                member.submit("/g/collectif-nantes", "/g/collectif-nantes/members", Map.of("username", "simone"))
                        .statusCode());
        assertEquals(
                403,
                member.submit("/g/collectif-nantes", "/g/collectif-nantes/delete", Map.of())
                        .statusCode());
        assertEquals(303, new WebClient(uri).get("/groups").statusCode(), "anonymous readers are asked to sign in");
    }

    @Test
    void aGroupNameCannotLookLikeAMembersNameNorTheOtherWayRound() {
        Members.joined(uri, "Violette", "violette@collectif.test");
        HttpResponse<String> clash = admin.submit("/groups", "/groups", Map.of("name", "vio1ette", "description", ""));
        assertEquals(422, clash.statusCode());
        assertTrue(clash.body().contains("ressemble trop"));

        admin.submit("/groups", "/groups", Map.of("name", "antirep", "description", ""));
        HttpResponse<String> signUp = new WebClient(uri)
                .submit(
                        "/signup",
                        "/signup",
                        Map.of(
                                "username",
                                "Antirep",
                                "email",
                                "antirep@ailleurs.test",
                                "password",
                                Members.PASSWORD,
                                "passwordAgain",
                                Members.PASSWORD));
        assertEquals(422, signUp.statusCode(), "@antirep must mean one thing");
    }

    @Test
    void administratorsChangeRolesButNeverRemoveTheLastAdministrator() {
        WebClient future = Members.joined(uri, "Ulysse", "ulysse@collectif.test");
        assertEquals(403, future.get("/invites").statusCode());
        assertEquals(
                303,
                admin.submit("/u/ulysse", "/u/ulysse/role", Map.of("role", "MODERATOR"))
                        .statusCode());
        assertEquals(200, future.get("/invites").statusCode(), "a moderator makes invitations");
        assertEquals(
                403,
                future.submit("/u/ulysse", "/u/ulysse/role", Map.of("role", "ADMIN"))
                        .statusCode(),
                "but cannot promote");

        HttpResponse<String> lastAdmin = admin.submit("/u/admin", "/u/admin/role", Map.of("role", "MEMBER"));
        assertTrue(admin.get(lastAdmin.headers().firstValue("Location").orElseThrow())
                .body()
                .contains("dernier compte administrateur"));
        assertEquals(200, admin.get("/admin/settings").statusCode(), "still an administrator");
    }
}
