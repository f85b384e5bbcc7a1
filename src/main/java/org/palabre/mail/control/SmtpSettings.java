package org.palabre.mail.control;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server mail goes through; with no host configured, Palabre keeps its mail in the mail log.
 * envelopeSender, when set, is the MAIL FROM of every message, for servers that accept no other: then no VERP,
 * and bounces all come to that mailbox.
 */
public record SmtpSettings(
        Optional<String> host,
        int port,
        Optional<String> user,
        Optional<String> password,
        String tls,
        Optional<String> envelopeSender) {

    public SmtpSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password, String tls) {
        this(host, port, user, password, tls, Optional.empty());
    }

    public static SmtpSettings from(Config config) {
        String tls = config.getOptionalValue("palabre.smtp.tls", String.class)
                .orElse("starttls")
                .toLowerCase();
        if (!tls.equals("starttls") && !tls.equals("tls") && !tls.equals("none")) {
            throw new IllegalStateException("PALABRE_SMTP_TLS must be starttls, tls or none, not " + tls);
        }
        int defaultPort = switch (tls) {
            case "tls" -> 465;
            case "none" -> 25;
            default -> 587;
        };
        return new SmtpSettings(
                config.getOptionalValue("palabre.smtp.host", String.class).filter(h -> !h.isBlank()),
                config.getOptionalValue("palabre.smtp.port", Integer.class).orElse(defaultPort),
                config.getOptionalValue("palabre.smtp.user", String.class).filter(u -> !u.isBlank()),
                config.getOptionalValue("palabre.smtp.password", String.class),
                tls,
                config.getOptionalValue("palabre.mail.envelope-sender", String.class)
                        .map(String::strip)
                        .filter(sender -> !sender.isEmpty()));
    }

    public boolean configured() {
        return host.isPresent();
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        String protocol = tls.equals("tls") ? "smtps" : "smtp";
        properties.setProperty("mail.transport.protocol", protocol);
        host.ifPresent(h -> properties.setProperty("mail." + protocol + ".host", h));
        properties.setProperty("mail." + protocol + ".port", String.valueOf(port));
        properties.setProperty("mail." + protocol + ".auth", String.valueOf(user.isPresent()));
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        properties.setProperty("mail." + protocol + ".writetimeout", "30000");
        if (protocol.equals("smtp")) {
            // An instance, so put, not setProperty (Jakarta Mail's rule for socket factories). STARTTLS wraps this
            // socket.
            properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        }
        if (tls.equals("starttls")) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        if (!tls.equals("none")) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
