package org.branchbook.organization;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 任期与换届: how long a leadership term runs and when the next election (换届) becomes due.
 * Pure; the numbers come from {@link OrganizationConfig} (domain.md: community bodies 5 years,
 * other organizations 3; remind 6 months and 1 month before; flag overdue).
 *
 * @param communityTermYears term of a community's own Party body and of the street committee
 * @param otherTermYears term of every other organization
 * @param earlyNoticeMonths first reminder, months before the term ends
 * @param finalNoticeMonths last reminder, months before the term ends
 */
public record ElectionPolicy(int communityTermYears, int otherTermYears, int earlyNoticeMonths,
        int finalNoticeMonths) {

    /** Where a term stands on a given day. */
    @Schema(name = "ElectionStatus", description = "NO_TERM: none recorded; NOT_DUE; DUE_SOON: within 6 months; DUE_VERY_SOON: within 1 month; OVERDUE")
    public enum Status {
        /** No current term is recorded. */
        NO_TERM,
        /** The term runs beyond the early notice window. */
        NOT_DUE,
        /** Inside the early notice window (default: 6 months). */
        DUE_SOON,
        /** Inside the final notice window (default: 1 month). */
        DUE_VERY_SOON,
        /** The term ended (its end day has passed) and no new one was recorded. */
        OVERDUE
    }

    /** A term's length for this kind of organization. */
    public int termYears(OrgType type, boolean communityBody) {
        return communityBody || type == OrgType.STREET_WORKING_COMMITTEE ? communityTermYears : otherTermYears;
    }

    /** The day a term that starts on {@code startsOn} is due to end, when none was given. */
    public LocalDate defaultEnd(LocalDate startsOn, OrgType type, boolean communityBody) {
        return startsOn.plusYears(termYears(type, communityBody));
    }

    /** The status of a current term ending on {@code endsOn} (null: no term) as seen on {@code today}. */
    public Status status(LocalDate endsOn, LocalDate today) {
        if (endsOn == null) {
            return Status.NO_TERM;
        }
        if (today.isAfter(endsOn)) {
            return Status.OVERDUE;
        }
        if (!today.isBefore(endsOn.minusMonths(finalNoticeMonths))) {
            return Status.DUE_VERY_SOON;
        }
        if (!today.isBefore(endsOn.minusMonths(earlyNoticeMonths))) {
            return Status.DUE_SOON;
        }
        return Status.NOT_DUE;
    }
}
