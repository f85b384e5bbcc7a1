package org.palabre.launcher;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.TimeUnit;

/**
 * The microbundle's entry point: starts Payara Micro exactly as its own launcher does, and ends the JVM with
 * status 1 when Payara fails to start (a port already taken, a broken configuration) or starts without Palabre
 * (its deployment failed: an unreachable database, a failed migration).
 *
 * <p>Payara's own entry point, {@code fish.payara.micro.PayaraMicro}, logs the failure ("Failed to start,
 * exiting") and returns normally, while the Hazelcast threads Payara started (hz.*, not daemons; Payara starts
 * Hazelcast even with clustering off, for its caches) are never stopped: the process stayed alive, serving
 * nothing, and a supervisor never learnt it had failed. A failed deployment is worse: Payara logs it, then
 * prints "ready" and serves 404s for ever. This class lives at the root of the microbundle, outside
 * the WAR, and uses only the JDK: Payara's launcher is found by name in the same jar.
 */
public final class Launcher {

    /** How long the shutdown hooks get before the JVM is halted: Payara's own hook may wait on its threads. */
    private static final long SHUTDOWN_GRACE_SECONDS = 10;

    private Launcher() {}

    public static void main(String[] args) {
        try {
            Class.forName("fish.payara.micro.boot.PayaraMicroLauncher")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            if (startedWithoutApplication()) {
                exit("Palabre failed to deploy (the errors above say why, such as an unreachable database)");
            }
            drainOnTerm();
        } catch (InvocationTargetException failed) {
            exit("Palabre failed to start (the errors above say why, such as a port in use): " + rootCause(failed));
        } catch (ReflectiveOperationException | LinkageError broken) {
            exit("Palabre's microbundle is incomplete: " + broken);
        }
    }

    /**
     * Behind a load balancer, a stop must not cut requests off: on the first SIGTERM /health/ready turns DOWN (the
     * system property palabre.stopping), requests keep being served for {@code PALABRE_SHUTDOWN_DRAIN_SECONDS}
     * (5 by default) while balancers take the server out, then Payara stops, finishing the requests it holds. A
     * second SIGTERM stops at once.
     */
    private static void drainOnTerm() {
        long drainSeconds = Long.parseLong(System.getenv().getOrDefault(
                "PALABRE_SHUTDOWN_DRAIN_SECONDS", System.getProperty("palabre.shutdown.drain-seconds", "5")));
        if (drainSeconds <= 0) {
            return;
        }
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> {
                if (Boolean.getBoolean("palabre.stopping")) {
                    System.exit(0);
                }
                System.setProperty("palabre.stopping", "true");
                Thread drain = new Thread(
                        () -> {
                            try {
                                TimeUnit.SECONDS.sleep(drainSeconds);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            System.exit(0);
                        },
                        "palabre-drain");
                drain.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException noSignals) {
            // A JVM without SIGTERM handling stops at once, as before.
        }
    }

    /** Whether Payara runs with no application deployed; false when it is not running (--warmup, --outputuberjar). */
    private static boolean startedWithoutApplication() throws ReflectiveOperationException {
        Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
        Object instance = micro.getMethod("getInstance").invoke(null);
        Object runtime;
        try {
            runtime = micro.getMethod("getRuntime").invoke(instance);
        } catch (InvocationTargetException notRunning) {
            return false;
        }
        Object names = Class.forName("fish.payara.micro.PayaraMicroRuntime")
                .getMethod("getDeployedApplicationNames")
                .invoke(runtime);
        return names instanceof java.util.Collection<?> deployed && deployed.isEmpty();
    }

    private static void exit(String why) {
        System.err.println(why);
        Thread halt = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(SHUTDOWN_GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        });
        halt.setDaemon(true);
        halt.start();
        System.exit(1);
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
