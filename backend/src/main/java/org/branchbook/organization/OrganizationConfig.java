package org.branchbook.organization;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the organizations feature ({@code organizations.*}); domain.md marks these configurable. */
@ConfigMapping(prefix = "organizations")
public interface OrganizationConfig {

    Terms terms();

    /** 任期 and 换届 reminders. */
    interface Terms {
        /** Term of a community's Party body and of the street committee, in years. */
        @WithDefault("5")
        int communityYears();

        /** Term of every other organization, in years. */
        @WithDefault("3")
        int otherYears();

        /** First 换届 reminder, months before the term ends. */
        @WithDefault("6")
        int earlyNoticeMonths();

        /** Last 换届 reminder, months before the term ends. */
        @WithDefault("1")
        int finalNoticeMonths();
    }

    default ElectionPolicy electionPolicy() {
        Terms t = terms();
        return new ElectionPolicy(t.communityYears(), t.otherYears(), t.earlyNoticeMonths(), t.finalNoticeMonths());
    }
}
