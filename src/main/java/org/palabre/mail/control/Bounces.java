package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * Receives the mails that come back to a VERP bounce address (bounces+token@domain). The incoming mail log
 * records each as a bounce before it arrives here; reading what it says about the address is for later.
 */
@ApplicationScoped
public class Bounces {

    private static final Logger LOG = Logger.getLogger(Bounces.class.getName());

    public void receive(String token, byte[] rawMessage) {
        LOG.fine(() -> "Bounce for " + token + ", " + rawMessage.length + " bytes");
    }
}
