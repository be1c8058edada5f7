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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, coalesce(sum(d.entered_full_members), 0), coalesce(sum(d.entered_probationary_members), 0)
                from organization o
                join organization d on d.path like o.path || '%' and (d.archived_at is null or d.id = o.id)
                where o.id in (:ids)
                group by o.id""")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            out.put((UUID) row[0], new MemberCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return out;
    }
}
