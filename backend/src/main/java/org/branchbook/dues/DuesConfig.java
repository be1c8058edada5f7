package org.branchbook.dues;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the dues feature ({@code dues.*}); domain.md marks these configurable. */
@ConfigMapping(prefix = "dues")
public interface DuesConfig {

    /** When a wage change changes the dues: from the month it is paid, or only from next January. */
    @WithDefault("FROM_MONTH_PAID")
    DuesRules.WageChange wageChange();

    /** 补交: a payment may cover months at most this far back. */
    @WithDefault("6")
    int backPayMonths();

    /** A payment may cover the current month and this many after it (a quarter in advance: 2). */
    @WithDefault("2")
    int advanceMonths();

    /** Months owed before a warning. */
    @WithDefault("3")
    int warningMonths();

    /** Consecutive months unpaid before the member is flagged for the branch meeting (possible 自行脱党). */
    @WithDefault("6")
    int flagMonths();

    /** A voluntary payment of at least this many fen is forwarded to the centre (1000 元). */
    @WithDefault("100000")
    long forwardVoluntaryFen();

    /** The share of what a branch collects that it hands to its upper committee, in percent (default all). */
    @WithDefault("100")
    int remittancePercent();

    /** The largest base file accepted by {@code POST /dues/bases/import} (413 beyond it). */
    @io.smallrye.config.WithName("import.max-size")
    @WithDefault("20M")
    io.quarkus.runtime.configuration.MemorySize importMaxSize();

    default DuesRules rules() {
        return new DuesRules(wageChange(), backPayMonths(), advanceMonths(), warningMonths(), flagMonths(),
                forwardVoluntaryFen(), remittancePercent());
    }
}
