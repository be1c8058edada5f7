package org.branchbook.transfer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;
import org.branchbook.organization.OrgType;

/** Settings of the transfers feature ({@code transfers.*}); domain.md marks these configurable. */
@ConfigMapping(prefix = "transfers")
public interface TransferConfig {

    Letter letter();

    Approval approval();

    /** 流出 members away from their branch this many months without a transfer are flagged (domain.md: 6). */
    @WithDefault("6")
    int awayMonths();

    /** Members admitted (入党) within this many months before the request are flagged for the receiver (3). */
    @WithDefault("3")
    int recentAdmissionMonths();

    /** 介绍信 validity and 回执. */
    interface Letter {
        /** Default validity in days when both ends are in the same city (INTERNAL, and OUTGOING marked inCity). */
        @WithDefault("10")
        int inCityDays();

        /** Default validity in days elsewhere. */
        @WithDefault("30")
        int elsewhereDays();

        /** The longest validity a letter may be given. */
        @WithDefault("90")
        int maxDays();

        /** An outgoing letter's 回执 is due this many months after its last valid day. */
        @WithDefault("1")
        int receiptMonths();
    }

    /** Who approves, and when waiting is overdue. */
    interface Approval {
        /** Organization types that hold approval rights: the nearest such ancestor of the source branch approves. */
        @WithDefault("STREET_WORKING_COMMITTEE,PARTY_COMMITTEE")
        Set<OrgType> approverTypes();

        /** A request waiting longer than this many days for approval is overdue. */
        @WithDefault("7")
        int overdueDays();
    }

    default LetterPolicy letterPolicy() {
        Letter l = letter();
        return new LetterPolicy(l.inCityDays(), l.elsewhereDays(), l.maxDays(), l.receiptMonths());
    }

    default TransferRules rules() {
        return new TransferRules(approval().approverTypes(), approval().overdueDays(), awayMonths(),
                recentAdmissionMonths());
    }
}
