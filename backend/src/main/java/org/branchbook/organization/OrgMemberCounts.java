package org.branchbook.organization;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the shape rules and the organization views get member numbers from: the members registered
 * in each organization's subtree. Today they are the hand-entered counts; the member roster will
 * provide another implementation without touching {@link OrgShape}.
 */
public interface OrgMemberCounts {

    /** Subtree totals for each of the given organizations (missing ids count zero). */
    Map<UUID, MemberCounts> subtreeCounts(Collection<Organization> organizations);
}
