package org.palabre.setup.control;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs something once Payara Micro has finished starting. Applications are deployed on the JVM's main thread,
 * which logs Payara's "ready in ... ms" line last and then ends: joining it puts a message after that line,
 * where a person reading the end of the log finds it. Payara offers applications no event for this.
 */
final class AfterStartUp {

    private static final Logger LOG = Logger.getLogger(AfterStartUp.class.getName());
    /** A start-up never takes this long; past it, the message is printed anyway. */
    private static final long LONGEST_START_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private AfterStartUp() {}

    static void run(Runnable task) {
        Thread main = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> "main".equals(thread.getName()))
                .findFirst()
                .orElse(null);
        // A plain daemon thread rather than a managed executor: it only waits, and must never hold up a shutdown.
        Thread waiter = new Thread(
                () -> {
                    try {
                        if (main != null && main != Thread.currentThread()) {
                            main.join(LONGEST_START_MILLIS);
                        }
                        task.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        LOG.warning(() -> "After start-up: " + e);
                    }
                },
                "palabre-after-start-up");
        waiter.setDaemon(true);
        waiter.start();
    }
}
