package org.branchbook.organization;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the shape rules and the organization views get member numbers from: the members registered
 * in each organization's subtree. The member roster implements it, so this package needs no
 * knowledge of members.
 */
public interface OrgMemberCounts {

    /** Subtree totals for each of the given organizations (missing ids count zero). */
    Map<UUID, MemberCounts> subtreeCounts(Collection<Organization> organizations);

    /** Members today (registered or reporting) placed directly in this branch or 党小组. */
    long membersPlacedIn(UUID organizationId);
}
