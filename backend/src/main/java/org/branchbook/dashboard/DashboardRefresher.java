package org.branchbook.dashboard;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.branchbook.access.Caller;
import org.jboss.logging.Logger;

/**
 * Keeps the dashboard's facts up to date in the background: after a new day begins, and after writes that touched
 * more organizations than a read refreshes itself (a large import). Reads stay correct without it (they refresh
 * what is stale, or say how many organizations are pending).
 */
@ApplicationScoped
public class DashboardRefresher {

    private static final Logger LOG = Logger.getLogger(DashboardRefresher.class);

    private final Instance<DashboardFacts> facts;
    private final Instance<Caller> caller;
    private final DashboardConfig config;
    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public DashboardRefresher(Instance<DashboardFacts> facts, Instance<Caller> caller, DashboardConfig config) {
        this.facts = facts;
        this.caller = caller;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.backgroundRefresh()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-refresh");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::run, 2, config.backgroundIntervalSeconds(), TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Asks the background task to run now (no-op when it is disabled). */
    public void wake() {
        if (executor != null) {
            executor.execute(this::run);
        }
    }

    /** Refreshes every stale organization of the deployment, a batch per transaction. */
    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            caller.get().actAsSystem();
            DashboardFacts f = facts.get();
            List<UUID> stale = f.stale("/");
            if (stale.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            for (int i = 0; i < stale.size(); i += config.batchSize()) {
                f.refresh(stale.subList(i, Math.min(stale.size(), i + config.batchSize())));
            }
            LOG.infof("Dashboard facts of %d organizations brought up to date in %d ms", stale.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Dashboard refresh failed; it is retried on the next run", e);
        } finally {
            context.terminate();
            running.set(false);
        }
    }
}
