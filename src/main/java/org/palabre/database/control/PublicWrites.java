package org.palabre.database.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate sends (entity changes and native updates alike) and, once a transaction that
 * wrote to a table visitors' pages are made from commits, tells whoever listens. Pages kept for visitors (web
 * PublicPages) listen, so a change shows on the next page whichever path made it: a web form, the API, a mail,
 * a background job. Writes that change nothing a visitor sees (reading progress, sessions, notifications, mail,
 * rate limits) do not count, so a member reading a topic does not empty the visitors' pages.
 */
public class PublicWrites implements StatementInspector {

    private static final Logger LOG = Logger.getLogger(PublicWrites.class.getName());

    private static final Pattern WRITE_TO_A_SHOWN_TABLE = Pattern.compile(
            "^\\s*(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(accounts|member_groups|group_memberships"
                    + "|categories|category_groups|topics|posts|site_settings|uploads|upload_references)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Object MARK = PublicWrites.class;

    private static volatile Runnable listener = () -> {};
    private static volatile TransactionSynchronizationRegistry registry;

    /** The one listener, told after each commit that wrote what visitors see. */
    public static void listen(Runnable onCommit) {
        listener = onCommit;
    }

    @Override
    public String inspect(String sql) {
        if (WRITE_TO_A_SHOWN_TABLE.matcher(sql).find()) {
            seen();
        }
        return sql;
    }

    private static void seen() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null) {
            listener.run(); // no transaction: the statement committed on its own
            return;
        }
        if (transactions.getResource(MARK) != null) {
            return; // this transaction already waits to tell
        }
        transactions.putResource(MARK, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    listener.run();
                }
            }
        });
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = (TransactionSynchronizationRegistry)
                        new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = found;
            } catch (NamingException e) {
                LOG.log(Level.FINE, "No transaction registry here (outside the server)", e);
            }
        }
        return found;
    }
}
