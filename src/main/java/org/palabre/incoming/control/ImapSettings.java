package org.palabre.incoming.control;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/** The IMAP mailbox Palabre polls for mail in; with no host configured, nothing is polled. */
record ImapSettings(
        Optional<String> host, int port, String user, String password, String tls, long pollSeconds, String folder) {

    static ImapSettings from(Config config) {
        String tls = config.getOptionalValue("palabre.mail.in.imap.tls", String.class)
                .orElse("tls")
                .toLowerCase();
        if (!tls.equals("starttls") && !tls.equals("tls") && !tls.equals("none")) {
            throw new IllegalStateException("PALABRE_MAIL_IN_IMAP_TLS must be tls, starttls or none, not " + tls);
        }
        return new ImapSettings(
                config.getOptionalValue("palabre.mail.in.imap.host", String.class)
                        .filter(h -> !h.isBlank()),
                config.getOptionalValue("palabre.mail.in.imap.port", Integer.class)
                        .orElse(tls.equals("tls") ? 993 : 143),
                config.getOptionalValue("palabre.mail.in.imap.user", String.class)
                        .orElse(""),
                config.getOptionalValue("palabre.mail.in.imap.password", String.class)
                        .orElse(""),
                tls,
                Math.max(
                        1,
                        config.getOptionalValue("palabre.mail.in.poll-seconds", Long.class)
                                .orElse(60L)),
                config.getOptionalValue("palabre.mail.in.imap.folder", String.class)
                        .orElse("INBOX"));
    }

    boolean configured() {
        return host.isPresent();
    }

    String protocol() {
        return tls.equals("tls") ? "imaps" : "imap";
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        String protocol = protocol();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        if (tls.equals("starttls")) {
            properties.setProperty("mail.imap.starttls.enable", "true");
            properties.setProperty("mail.imap.starttls.required", "true");
        }
        if (!tls.equals("none")) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
