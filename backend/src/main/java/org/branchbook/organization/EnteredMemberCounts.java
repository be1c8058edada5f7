package org.branchbook.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Member numbers from the counts entered on each organization, summed in SQL over the active part of
 * each subtree (an archived organization still shows its own count).
 */
@ApplicationScoped
public class EnteredMemberCounts implements OrgMemberCounts {

    private final EntityManager em;

    public EnteredMemberCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, MemberCounts> subtreeCounts(Collection<Organization> organizations) {
        Map<UUID, MemberCounts> out = new HashMap<>();
        if (organizations.isEmpty()) {
            return out;
        }
        List<UUID> ids = organizations.stream().map(o -> o.id).toList();
        // Each organization adds its own count to every id on its path: one pass, no per-node subquery.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, sum(d.entered_full_members), sum(d.entered_probationary_members)
                from organization d
                cross join lateral unnest(string_to_array(trim(both '/' from d.path), '/')) as p(ancestor)
                join organization a on a.id = p.ancestor::uuid
                where a.id in (:ids) and (d.archived_at is null or d.id = a.id)
                group by a.id""")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            out.put((UUID) row[0], new MemberCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return out;
    }
}
