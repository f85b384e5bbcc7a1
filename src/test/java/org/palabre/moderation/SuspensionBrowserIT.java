package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;

/**
 * A site moderator suspends a member for a week from the member's moderation page, JavaScript off: the
 * member's open session ends at once, signing in is refused until the named end, the member is told by mail
 * in their language, the log shows it, and lifting it early lets the member back in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuspensionBrowserIT {

    private static final String MEMBER = "SusbMembre";
    private static final String MODERATOR = "SusbModo";
    private static final String REASON = "susb repeated insults in the kitchen topic";
    private static final String LIFT_REASON = "susb apologised to everyone";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedMemberIsSignedOutRefusedUntilItsEndMailedInEnglishAndLetBackInOnceLifted() throws Exception {
        URI uri = base.toURI();
        ModerationCalls.joined(uri, MEMBER, "en");
        ModerationCalls.moderator(uri, MODERATOR);

        try (Browser member = Browser.open(base, JavaScript.OFF, "en");
                Browser moderator = Browser.open(base, JavaScript.OFF, "fr")) {
            signIn(member, MEMBER);
            member.visit("/");
            assertEquals(MEMBER, member.text(".account-bar .signed-in-as"));

            signIn(moderator, MODERATOR);
            moderator.visit("/moderation/members/" + MEMBER);
            assertEquals("Modération de " + MEMBER, moderator.text("main h1"));
            assertTrue(moderator.findAll(".member-status").isEmpty(), "not suspended yet");
            moderator.type("suspend-days", "7").type("suspend-reason", REASON);
            Instant before = Instant.now();
            moderator.click("form[action='/moderation/members/" + MEMBER + "/suspend'] button[type=submit]");
            Instant after = Instant.now();
            assertEquals("/moderation/members/" + MEMBER, moderator.path());
            assertEquals("Le membre est suspendu.", moderator.text(".form-success"));
            String status = moderator.text(".member-status");
            assertTrue(status.startsWith("suspendu jusqu’au ") && status.endsWith("— " + REASON), status);

            member.visit("/");
            assertTrue(member.findAll(".account-bar .signed-in-as").isEmpty(), "the open session ended");
            assertEquals("Sign in", member.text(".account-bar a[href='/signin']"));
            member.visit("/signin")
                    .type("login", MEMBER)
                    .type("password", Members.PASSWORD)
                    .click("main form button[type=submit]");
            String refusal = member.text(".error-page");
            assertTrue(
                    endsOfAWeek(before, after, FormatStyle.MEDIUM).stream()
                            .anyMatch(end -> refusal.contains("Your account is suspended until " + end + ".")),
                    refusal);
            assertTrue(member.findAll(".account-bar .signed-in-as").isEmpty(), "still signed out");

            MailLogReader mails = new MailLogReader(uri);
            String mail =
                    mails.page(mails.mailsTo(MEMBER.toLowerCase() + "@kes.test").get(0));
            assertTrue(
                    mail.contains("is suspended")
                            && mail.contains("Hello " + MEMBER)
                            && mail.contains("Reason: " + REASON),
                    mail);
            assertTrue(
                    endsOfAWeek(before, after, FormatStyle.LONG).stream()
                            .anyMatch(end -> mail.contains("suspended your account until " + end + ":")),
                    "names the end: " + mail);

            moderator.visit("/admin/log");
            assertListed(moderator, "MEMBER_SUSPENDED", REASON);
            new Select(moderator.find("#action")).selectByValue("MEMBER_SUSPENDED");
            moderator.click(".log-filter button[type=submit]");
            assertEquals("/admin/log", moderator.path());
            assertTrue(
                    moderator.driver().getCurrentUrl().contains("action=MEMBER_SUSPENDED"),
                    moderator.driver().getCurrentUrl());
            for (WebElement action : moderator.driver().findElements(By.cssSelector("tr.log-entry .log-action"))) {
                assertEquals("Membre suspendu", action.getText(), "the filter keeps only suspensions, said in French");
            }
            assertListed(moderator, "MEMBER_SUSPENDED", REASON);

            moderator.visit("/moderation/members/" + MEMBER);
            moderator.type("lift-suspension-reason", LIFT_REASON);
            moderator.click("form[action='/moderation/members/" + MEMBER + "/lift-suspension'] button[type=submit]");
            assertEquals("/moderation/members/" + MEMBER, moderator.path());
            assertEquals("C’est fait.", moderator.text(".form-success"));
            assertTrue(moderator.findAll(".member-status").isEmpty(), "no longer suspended");

            signIn(member, MEMBER);

            moderator.visit("/admin/log");
            assertListed(moderator, "SUSPENSION_LIFTED", LIFT_REASON);
        }
    }

    /**
     * From a spammer's profile a moderator reaches their moderation page, JavaScript off; deleting them asks for
     * the box to be ticked first, and nothing is deleted until it is.
     */
    @Test
    void aModeratorGoesFromAProfileToTheMembersPageAndDeletingASpammerWaitsForTheBox() throws Exception {
        URI uri = base.toURI();
        String spammer = "SusbSpammeur";
        String moderatorName = "SusbModoDeux";
        ModerationCalls.joined(uri, spammer, "fr");
        ModerationCalls.moderator(uri, moderatorName);
        try (Browser moderator = Browser.open(base, JavaScript.OFF, "fr")) {
            signIn(moderator, moderatorName);
            moderator.visit("/u/" + spammer);
            moderator.click(".staff-links a[href='/moderation/members/" + spammer + "']");
            assertEquals("/moderation/members/" + spammer, moderator.path());

            String delete = "form[action='/moderation/members/" + spammer + "/delete']";
            moderator.type("delete-reason", "susb publicité");
            moderator.find(delete + " button[type=submit]").click();
            assertEquals("/moderation/members/" + spammer, moderator.path(), "the browser asks for the box first");
            assertFalse(moderator.find(delete + " input[name=confirm]").isSelected(), "nothing ticked on its behalf");
            moderator.find(delete + " input[name=confirm]").click(); // a box loads no page: clicked directly
            moderator.click(delete + " button[type=submit]");
            assertEquals("/admin/log", moderator.path());
            assertEquals(
                    "Spammeur supprimé",
                    moderator.findAll("tr.log-entry .log-action").stream()
                            .filter(cell -> "SPAMMER_DELETED".equals(cell.getAttribute("data-action")))
                            .findFirst()
                            .orElseThrow()
                            .getText());
        }
    }

    private static void signIn(Browser browser, String login) {
        browser.visit("/signin")
                .type("login", login)
                .type("password", Members.PASSWORD)
                .click("main form button[type=submit]");
        assertEquals(login, browser.text(".account-bar .signed-in-as"));
    }

    /** One row of the log page: this action by the moderator on the member, with the reason. */
    private static void assertListed(Browser moderator, String action, String reason) {
        List<WebElement> rows = moderator.findAll("tr.log-entry").stream()
                .filter(row -> action.equals(
                                row.findElement(By.cssSelector(".log-action")).getAttribute("data-action"))
                        && row.findElement(By.cssSelector(".log-target"))
                                .getText()
                                .equals(MEMBER))
                .toList();
        assertEquals(1, rows.size(), action + " on " + MEMBER + " is listed once");
        WebElement row = rows.get(0);
        assertEquals(MODERATOR, row.findElement(By.cssSelector(".log-actor")).getText());
        assertEquals(
                "/u/" + MEMBER,
                URI.create(row.findElement(By.cssSelector(".log-target a")).getAttribute("href"))
                        .getPath());
        assertTrue(row.findElement(By.cssSelector(".log-reason")).getText().startsWith(reason), row.getText());
    }

    /**
     * How an English reader in Paris (the members' and the site's time zone) reads the end of a week-long
     * suspension decided between these two moments: one text per minute it may have fallen in.
     */
    private static Set<String> endsOfAWeek(Instant before, Instant after, FormatStyle dateStyle) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .withZone(PARIS);
        Set<String> ends = new LinkedHashSet<>();
        for (Instant minute = before.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
                !minute.isAfter(after.plus(Duration.ofDays(7)));
                minute = minute.plus(Duration.ofMinutes(1))) {
            ends.add(format.format(minute));
        }
        assertFalse(ends.isEmpty());
        return ends;
    }
}
