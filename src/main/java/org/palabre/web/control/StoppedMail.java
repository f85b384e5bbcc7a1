package org.palabre.web.control;

/**
 * Whether mail to the signed-in member stopped because their address bounced. Mail scoring sits high above the
 * kernel, so it contributes the answer through this port; the layout shows the member a notice with a way out.
 */
public interface StoppedMail {

    boolean forSignedInReader();
}
