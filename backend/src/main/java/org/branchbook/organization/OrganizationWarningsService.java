package org.branchbook.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchbook.common.Periods;

/** Gathers the facts {@link OrgShape} needs (counts, leadership, parent) and returns its warnings. */
@ApplicationScoped
public class OrganizationWarningsService {

    private final EntityManager em;
    private final OrganizationService organizations;
    private final OrgMemberCounts memberCounts;
    private final Periods periods;
    private final OrgShape shape;

    public OrganizationWarningsService(EntityManager em, OrganizationService organizations,
            OrgMemberCounts memberCounts, Periods periods, OrganizationConfig config) {
        this.em = em;
        this.organizations = organizations;
        this.memberCounts = memberCounts;
        this.periods = periods;
        this.shape = new OrgShape(config.electionPolicy());
    }

    public OrganizationWarnings forOrganization(UUID id) {
        Organization org = organizations.require(id);
        List<Organization> orgs = List.of(org);
        Organization parent = org.parentId == null ? null : em.find(Organization.class, org.parentId);
        return warnings(orgs, parent == null ? Map.of() : Map.of(parent.id, parent)).get(0);
    }

    public SubtreeWarnings forSubtree(UUID rootId) {
        Organization root = organizations.require(rootId);
        List<Organization> orgs = em.createQuery("""
                from Organization o where o.path like :prefix and o.archivedAt is null order by o.code""",
                Organization.class).setParameter("prefix", root.subtreePattern()).getResultList();
        Map<UUID, Organization> outside = root.parentId == null ? Map.of()
                : Map.of(root.parentId, em.find(Organization.class, root.parentId));
        List<OrganizationWarnings> all = orgs.isEmpty() ? List.of() : warnings(orgs, outside);
        List<OrganizationWarnings> flagged = all.stream().filter(w -> !w.warnings().isEmpty())
                .sorted(Comparator.comparing((OrganizationWarnings w) -> w.warnings().get(0).severity())
                        .thenComparing(w -> w.organization().code()))
                .toList();
        int count = flagged.stream().mapToInt(w -> w.warnings().size()).sum();
        return new SubtreeWarnings(OrgRef.of(root), orgs.size(), count, flagged);
    }

    /** The warnings of each of the given organizations (active ones; archived ones have none), in their order. */
    public List<OrganizationWarnings> forOrganizations(List<Organization> orgs) {
        return orgs.isEmpty() ? List.of() : warnings(orgs, Map.of());
    }

    /** Warnings for the given organizations, in their order; {@code extraParents} holds parents outside the list. */
    private List<OrganizationWarnings> warnings(List<Organization> orgs, Map<UUID, Organization> extraParents) {
        Map<UUID, Organization> byId = new java.util.HashMap<>(extraParents);
        orgs.forEach(o -> byId.put(o.id, o));
        Set<UUID> missingParents = new HashSet<>();
        for (Organization o : orgs) {
            if (o.parentId != null && !byId.containsKey(o.parentId)) {
                missingParents.add(o.parentId);
            }
        }
        if (!missingParents.isEmpty()) {
            em.createQuery("from Organization o where o.id in :ids", Organization.class)
                    .setParameter("ids", missingParents).getResultList().forEach(o -> byId.put(o.id, o));
        }
        Map<UUID, MemberCounts> counts = memberCounts.subtreeCounts(orgs);
        Map<UUID, LeadershipTerm> terms = currentTerms(orgs);
        LocalDate today = periods.today();
        List<OrganizationWarnings> out = new ArrayList<>(orgs.size());
        for (Organization o : orgs) {
            Organization parent = o.parentId == null ? null : byId.get(o.parentId);
            MemberCounts c = counts.getOrDefault(o.id, MemberCounts.NONE);
            // an archived (撤销) organization has nothing left to fix
            List<ShapeWarningView> found = o.archived() ? List.of()
                    : shape.warnings(input(o, parent, c, terms.get(o.id)), today).stream()
                            .map(ShapeWarningView::of).toList();
            out.add(new OrganizationWarnings(OrgRef.of(o), c, found));
        }
        return out;
    }

    private Map<UUID, LeadershipTerm> currentTerms(List<Organization> orgs) {
        List<UUID> ids = orgs.stream().map(o -> o.id).toList();
        return em.createQuery("""
                select distinct t from LeadershipTerm t left join fetch t.seats
                where t.closedOn is null and t.organizationId in :ids""", LeadershipTerm.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(t -> t.organizationId, Function.identity()));
    }

    static OrgShape.Input input(Organization o, Organization parent, MemberCounts counts, LeadershipTerm term) {
        boolean communityBody = parent != null && o.isCommunityBody(parent.type);
        Integer leaders = null;
        int committeeMembers = 0;
        boolean hasSecretary = false;
        if (term != null) {
            // one person may hold two posts (书记 and 组织委员): count people, not seats
            Set<String> people = new HashSet<>();
            Set<String> heads = new HashSet<>();
            for (LeadershipSeat s : term.seats) {
                people.add(s.personName);
                if (s.position == Position.SECRETARY || s.position == Position.DEPUTY_SECRETARY) {
                    heads.add(s.personName);
                }
                hasSecretary |= s.position == Position.SECRETARY;
            }
            leaders = people.size();
            people.removeAll(heads);
            committeeMembers = people.size();
        }
        return new OrgShape.Input(o.type, communityBody, counts.full(), counts.probationary(), o.residentCount,
                o.coveredUnitCount, leaders, committeeMembers, hasSecretary, term == null ? null : term.endsOn);
    }
}
