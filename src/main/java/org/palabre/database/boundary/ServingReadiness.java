package org.palabre.database.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.palabre.database.control.SchemaMigration;

/**
 * Tells a load balancer whether to send this server requests: not before the schema is migrated, and no longer
 * once the server was asked to stop. The launcher turns SIGTERM into a system property and waits a while before
 * stopping Payara, so balancers that poll /health/ready see DOWN and send requests elsewhere while the requests
 * already here finish.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    /** Set by the launcher on SIGTERM; read as a system property since the launcher is outside the application. */
    public static final String STOPPING = "palabre.stopping";

    @Override
    public HealthCheckResponse call() {
        if (Boolean.getBoolean(STOPPING)) {
            return HealthCheckResponse.named("serving")
                    .down()
                    .withData("state", "stopping")
                    .build();
        }
        if (!SchemaMigration.isDone()) {
            return HealthCheckResponse.named("serving")
                    .down()
                    .withData("state", "migrating")
                    .build();
        }
        return HealthCheckResponse.up("serving");
    }
}
