package org.palabre.database.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.control.Credentials;
import org.palabre.accounts.control.PasswordHasher;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.mail.control.MailLog;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.mail.entity.LoggedMail;
import org.palabre.security.control.SiteSecrets;

/** Inside the running Palabre, against its real database (H2 by default, PostgreSQL when configured). */
@ExtendWith(ArquillianExtension.class)
class SchemaAndStorageIT {

    @Resource(lookup = PalabreDataSource.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    Mailer mailer;

    @Inject
    MailLog mailLog;

    @Inject
    SiteSecrets secrets;

    @Inject
    Credentials credentials;

    @Inject
    PasswordHasher hasher;

    @Test
    void everyMigrationInDbHasBeenAppliedSuccessfully() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int applied = 0;
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version") + " failed");
                applied++;
            }
            assertTrue(applied >= 1);
        }
    }

    @Test
    void withoutAnSmtpServerMailIsKeptInTheMailLogAsTheRawMessage() {
        assertFalse(mailer.sendsThroughSmtp());
        mailer.send(OutgoingMail.plain("elise@collectif.test", "Bienvenue, Élise !", "Votre compte est prêt.\n"));

        LoggedMail logged = mailLog.newest(1).get(0);
        assertEquals("Bienvenue, Élise !", logged.subject());
        assertEquals("elise@collectif.test", logged.recipients());
        assertEquals("Votre compte est prêt.", MailLog.text(logged).strip());
        assertTrue(logged.rawMessage().contains("Subject: =?UTF-8?"), "stored as it would be sent");
        List<String[]> headers = MailLog.headers(logged);
        assertTrue(headers.stream().anyMatch(h -> h[0].equals("Message-ID")));
    }

    @Test
    void theSiteKeyIsMadeOnceAndKept() {
        byte[] first = secrets.key("csrf");
        assertEquals(32, first.length);
        assertArrayEquals(first, secrets.key("csrf"));
    }

    @Test
    void signingInWorksByUsernameOrEmailInAnyCaseAndOnlyWithTheRightPassword() throws Exception {
        transaction.begin();
        entityManager.persist(
                new Account("Noémie", "Noemie@Collectif.test", hasher.hash("une phrase de passe"), Role.MEMBER));
        transaction.commit();

        assertTrue(credentials.check("noémie", "une phrase de passe").isPresent());
        assertTrue(credentials
                .check("NOEMIE@collectif.test", "une phrase de passe")
                .isPresent());
        assertTrue(credentials.check("Noémie", "une phrase de pass").isEmpty());
        assertTrue(credentials.check("personne", "une phrase de passe").isEmpty());
    }
}
