package org.branchbook.demo;

import java.util.Locale;

/**
 * How much demo street {@link StreetGenerator} builds ({@code branchbook.demo-data.size}). Every size keeps the
 * hand-made street of {@link DemoData} and gives it three years of history; the larger ones add communities.
 */
public enum DemoSize {
    /** The hand-made street with three years of dues and 三会一课 (what {@code ./run.sh} loads). */
    SMALL(0, 0, 0, 0, false, true),
    /** About twelve communities and 15,000 members (the hand-made four plus eight generated). */
    STREET(8, 14_800, 1, 60, false, true),
    /**
     * Ten times the street for benchmarks: 200,000 members, everyone paying quarterly. Attendance is recorded for
     * the meetings of the whole branch (quarterly 党员大会, yearly 组织生活会) and for 支委会 only.
     */
    LARGE(110, 199_800, 10, 600, true, false);

    /** Communities generated beside the four hand-made ones. */
    final int communities;
    /** Members generated (the hand-made street has about 200 more). */
    final int members;
    /** How many times the street's 两新 and 流动党员 organizations are repeated. */
    final int unitsScale;
    /** Transfers generated, in every state. */
    final int transfers;
    /** Everyone pays quarterly (else each branch chooses monthly or quarterly). */
    final boolean allQuarterly;
    /** Attendance is recorded for every held meeting (else for whole-branch meetings and 支委会 only). */
    final boolean fullAttendance;

    DemoSize(int communities, int members, int unitsScale, int transfers, boolean allQuarterly,
            boolean fullAttendance) {
        this.communities = communities;
        this.members = members;
        this.unitsScale = unitsScale;
        this.transfers = transfers;
        this.allQuarterly = allQuarterly;
        this.fullAttendance = fullAttendance;
    }

    /** The size named by the setting ({@code small}, {@code street} or {@code large}, any case). */
    public static DemoSize of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("branchbook.demo-data.size must be small, street or large, not '"
                    + setting + "'", e);
        }
    }

    boolean generatesCommunities() {
        return communities > 0;
    }
}
