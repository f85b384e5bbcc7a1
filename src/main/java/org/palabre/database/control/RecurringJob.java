package org.palabre.database.control;

import java.time.Duration;

/**
 * Work to do once per period whatever the number of servers sharing the database (a sweep, a retry, queueing due
 * digests). Features implement it as CDI beans; {@link RecurringJobs} runs each on one server at a time.
 */
public interface RecurringJob {

    /** Stable across versions: it names the job's row in scheduled_tasks. */
    String name();

    /** The wait between the end of one run and the start of the next. */
    Duration every();

    /** Runs the job; a failure is logged and the job runs again after the next wait. */
    void run();
}
