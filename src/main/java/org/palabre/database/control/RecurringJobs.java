package org.palabre.database.control;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link RecurringJob} through db-scheduler: a job's next run is a row of scheduled_tasks, and a server
 * runs it only after claiming that row (an optimistic update of its version), so a job runs once per period across
 * all servers, and a server that dies mid-run is noticed by its missed heartbeats and its job run elsewhere. On H2
 * only db-scheduler's default polling works, and it is the one used. Stopping the server stops the scheduler,
 * which lets a running job finish and hands its claim back.
 */
@ApplicationScoped
public class RecurringJobs {

    private static final Logger LOG = Logger.getLogger(RecurringJobs.class.getName());

    @Resource(lookup = PalabreDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Instance<RecurringJob> jobs;

    @Inject
    @ConfigProperty(name = "palabre.jobs.polling-seconds", defaultValue = "10")
    long pollingSeconds;

    private final List<ExecutorService> executors = new ArrayList<>();
    private Scheduler scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        List<RecurringTask<Void>> tasks = new ArrayList<>();
        for (RecurringJob job : jobs) {
            String name = job.name();
            tasks.add(Tasks.recurring(name, FixedDelay.of(job.every())).execute((instance, context) -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    // Logged here, in the server's log; the schedule goes on and the next run tries again.
                    LOG.log(Level.WARNING, "The recurring job " + name + " failed; it runs again after its wait", e);
                }
            }));
        }
        // Jobs run on container threads: they call transactional beans. Each server has its own name in the claims.
        ExecutorService work = keep(Executors.newFixedThreadPool(2, threads));
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(
                        "palabre-" + UUID.randomUUID().toString().substring(0, 8)))
                .threads(2)
                .executorService(work)
                .dueExecutor(keep(Executors.newSingleThreadExecutor(threads)))
                .housekeeperExecutor(keep(Executors.newSingleThreadScheduledExecutor(threads)))
                .pollingInterval(Duration.ofSeconds(Math.max(1, pollingSeconds)))
                .heartbeatInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
        scheduler.start();
    }

    private <T extends ExecutorService> T keep(T executor) {
        executors.add(executor);
        return executor;
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        executors.forEach(ExecutorService::shutdownNow);
    }
}
