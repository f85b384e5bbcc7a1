package org.palabre.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.security.control.SecretTokens;
import org.palabre.security.control.SiteSecrets;

/**
 * The address members write to: Reply-To addresses are its local part, "+", a key, at its domain; by default
 * the site's own mail address. Also this installation's id, made once at first start, which Palabre's
 * Message-IDs carry so that two forums on one mail domain never give two mails the same id.
 */
@ApplicationScoped
public class IncomingAddress {

    @Inject
    @ConfigProperty(name = "palabre.mail.in.address")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "palabre.mail.from", defaultValue = "Palabre <palabre@localhost>")
    String from;

    @Inject
    SiteSecrets secrets;

    private String local;
    private String domain;

    @PostConstruct
    void readSettings() {
        String address = configured.filter(value -> !value.isBlank()).orElse(from);
        try {
            String plain = new InternetAddress(address, true).getAddress().toLowerCase();
            local = plain.substring(0, plain.lastIndexOf('@'));
            domain = plain.substring(plain.lastIndexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalStateException("PALABRE_MAIL_IN_ADDRESS is not a valid address: " + address, e);
        }
    }

    public String local() {
        return local;
    }

    public String domain() {
        return domain;
    }

    /** The Reply-To address that carries this key. */
    public String withKey(String key) {
        return local + "+" + key + "@" + domain;
    }

    /** A short, stable id of this installation, derived from a site secret made at first start. */
    public String installation() {
        return SecretTokens.hash("installation:" + HexFormat.of().formatHex(secrets.key("installation")))
                .substring(0, 12);
    }
}
