package org.branchbook.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the street dashboard ({@code dashboard.*}). */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {

    /** A read brings at most this many stale organizations up to date itself; more are left to the background. */
    @WithDefault("300")
    int syncRefreshLimit();

    /** Organizations refreshed per transaction. */
    @WithDefault("50")
    int batchSize();

    /** Whether a background task keeps the facts up to date (new day, writes nobody has read yet). */
    @WithDefault("true")
    boolean backgroundRefresh();

    /** How often the background task looks for stale organizations, in seconds. */
    @WithDefault("60")
    int backgroundIntervalSeconds();

    /** 转正 is "due" this many days before the probation ends. */
    @WithDefault("30")
    int probationNoticeDays();
}
