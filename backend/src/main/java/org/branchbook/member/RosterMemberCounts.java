package org.branchbook.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.organization.MemberCounts;
import org.branchbook.organization.OrgMemberCounts;
import org.branchbook.organization.Organization;

/**
 * Member numbers from the roster: registered (在册) probationary and full members, counted once
 * where they are placed and rolled up along every ancestor's path, in one query.
 */
@ApplicationScoped
public class RosterMemberCounts implements OrgMemberCounts {

    private final EntityManager em;

    public RosterMemberCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, MemberCounts> subtreeCounts(Collection<Organization> organizations) {
        Map<UUID, MemberCounts> out = new HashMap<>();
        if (organizations.isEmpty()) {
            return out;
        }
        List<UUID> ids = organizations.stream().map(o -> o.id).toList();
        List<String> subtrees = organizations.stream().map(Organization::subtreePattern).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with placed as (
                    -- each member counts once, at their 党小组 if they have one, else at their branch;
                    -- rolling up the paths then gives every ancestor its subtree total
                    select coalesce(m.group_id, m.organization_id) as organization_id,
                           count(*) filter (where m.status = 'FULL') as full_members,
                           count(*) filter (where m.status = 'PROBATIONARY') as probationary_members
                    from member m
                    where m.status in ('FULL', 'PROBATIONARY') and m.registration = 'REGISTERED'
                      and (m.organization_id in (select d.id from organization d where d.path like any (cast(:subtrees as text[])))
                           or m.group_id in (select d.id from organization d where d.path like any (cast(:subtrees as text[]))))
                    group by 1)
                select a.id, sum(b.full_members), sum(b.probationary_members)
                from placed b
                join organization d on d.id = b.organization_id
                cross join lateral unnest(string_to_array(trim(both '/' from d.path), '/')) as p(ancestor)
                join organization a on a.id = p.ancestor::uuid
                where a.id in (:ids)
                group by a.id""")
                .setParameter("subtrees", subtrees.toArray(String[]::new))
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            out.put((UUID) row[0], new MemberCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return out;
    }

    @Override
    public long membersPlacedIn(UUID organizationId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from member
                where (organization_id = :id or group_id = :id) and status in ('FULL', 'PROBATIONARY')""")
                .setParameter("id", organizationId).getSingleResult()).longValue();
    }
}
