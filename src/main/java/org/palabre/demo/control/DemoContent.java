package org.palabre.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code PALABRE_DEMO=true}, a forum started on an empty database is filled with a few members, two
 * categories and conversations to look at, so that a newcomer sees Palabre at work at once. The demo
 * members cannot sign in (they have no password); the first administrator is still made at /setup.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "palabre.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoForum forum;

    void fillAtStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class)
                    Object started) {
        if (enabled && forum.isEmpty()) {
            forum.fill();
            LOG.info("Demo content created: members, two categories and their topics (PALABRE_DEMO=true).");
        }
    }
}
