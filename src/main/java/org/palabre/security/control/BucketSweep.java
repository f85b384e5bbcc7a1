package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.palabre.database.control.RecurringJob;

/** Deletes the shared rate-limit buckets that are full again, once an hour across all servers. */
@ApplicationScoped
public class BucketSweep implements RecurringJob {

    @Inject
    SharedBuckets buckets;

    @Override
    public String name() {
        return "rate-limit-buckets-sweep";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        buckets.sweep();
    }
}
