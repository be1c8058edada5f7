package org.branchbook.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.ETags;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Owns the organization tree: reads, creation, edits, moves, type changes, archiving and history. */
@ApplicationScoped
public class OrganizationService {

    /** Which organizations a list includes by archive state. */
    @Schema(name = "ArchivedFilter", description = "EXCLUDE: active only; INCLUDE: active and archived; ONLY: archived only")
    public enum ArchivedFilter { EXCLUDE, INCLUDE, ONLY }

    /** List filters; all optional. */
    public record Filter(OrgType type, UUID parentId, UUID subtreeOf, ArchivedFilter archived, String text,
            Integer limit, String cursor) {}

    private final EntityManager em;
    private final OrgMemberCounts memberCounts;
    private final Periods periods;
    private final TreeLock treeLock;
    private final Caller caller;
    private final AuditLog audit;

    public OrganizationService(EntityManager em, OrgMemberCounts memberCounts, Periods periods, TreeLock treeLock,
            Caller caller, AuditLog audit) {
        this.em = em;
        this.memberCounts = memberCounts;
        this.periods = periods;
        this.treeLock = treeLock;
        this.caller = caller;
        this.audit = audit;
    }

    // ---- reads ----

    public OrganizationPage list(Filter f) {
        int limit = Cursor.limit(f.limit());
        List<String> after = Cursor.decode(f.cursor(), 1);
        StringBuilder jpql = new StringBuilder("from Organization o where o.path like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", caller.scope());
        if (f.type() != null) {
            jpql.append(" and o.type = :type");
            params.put("type", f.type());
        }
        if (f.parentId() != null) {
            jpql.append(" and o.parentId = :parentId");
            params.put("parentId", f.parentId());
        }
        if (f.subtreeOf() != null) {
            jpql.append(" and o.path like :prefix");
            params.put("prefix", require(f.subtreeOf()).subtreePattern());
        }
        switch (f.archived() == null ? ArchivedFilter.EXCLUDE : f.archived()) {
            case EXCLUDE -> jpql.append(" and o.archivedAt is null");
            case ONLY -> jpql.append(" and o.archivedAt is not null");
            case INCLUDE -> { }
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" and (lower(o.name) like :text escape '\\' or lower(o.code) like :text escape '\\'"
                    + " or lower(coalesce(o.shortName, '')) like :text escape '\\')");
            params.put("text", Params.containing(f.text().strip().toLowerCase()));
        }
        if (!after.isEmpty()) {
            jpql.append(" and o.code > :after");
            params.put("after", after.get(0));
        }
        jpql.append(" order by o.code");
        TypedQuery<Organization> query = em.createQuery(jpql.toString(), Organization.class);
        params.forEach(query::setParameter);
        List<Organization> rows = query.setMaxResults(limit + 1).getResultList();
        Cursor.Page<Organization> page = Cursor.page(rows, limit, o -> o.code);
        return new OrganizationPage(views(page.items()), page.nextCursor());
    }

    public OrganizationView get(UUID id) {
        Organization org = require(id);
        return view(org, ancestors(org));
    }

    public OrganizationTree tree(UUID rootId, boolean includeArchived) {
        String prefix = rootId == null ? caller.scope() : require(rootId).subtreePattern();
        StringBuilder sql = new StringBuilder("""
                select id, parent_id, code, name, short_name, type, category, archived_at is not null
                from organization where 1 = 1""");
        sql.append(" and path like :prefix");
        if (!includeArchived) {
            sql.append(" and archived_at is null");
        }
        sql.append(" order by depth, code");
        var query = em.createNativeQuery(sql.toString());
        query.setParameter("prefix", prefix);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, OrganizationTreeNode> nodes = new HashMap<>();
        List<OrganizationTreeNode> roots = new ArrayList<>();
        for (Object[] r : rows) {
            OrganizationTreeNode node = new OrganizationTreeNode((UUID) r[0], (String) r[2], (String) r[3],
                    (String) r[4], OrgType.valueOf((String) r[5]), OrgCategory.valueOf((String) r[6]),
                    (Boolean) r[7], new ArrayList<>());
            nodes.put(node.id(), node);
            OrganizationTreeNode parent = r[1] == null ? null : nodes.get((UUID) r[1]);
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return new OrganizationTree(roots, rows.size());
    }

    /** Newest effective date first; creation always last, even when recorded after backdated events. */
    public OrganizationHistory history(UUID id) {
        require(id);
        List<OrganizationEvent> events = em.createQuery("""
                from OrganizationEvent e where e.organizationId = :id
                order by case when e.kind = :created then 1 else 0 end, e.effectiveOn desc, e.recordedAt desc""",
                OrganizationEvent.class)
                .setParameter("created", OrgEventKind.CREATED)
                .setParameter("id", id).getResultList();
        Set<UUID> refIds = events.stream()
                .flatMap(e -> java.util.stream.Stream.of(e.fromParentId, e.toParentId))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, OrgRef> refs = refs(refIds);
        return new OrganizationHistory(events.stream().map(e -> new OrganizationEventView(e.id, e.kind,
                e.effectiveOn, e.documentNumber, e.reason, refs.get(e.fromParentId), refs.get(e.toParentId),
                e.fromType, e.toType, e.recordedAt)).toList());
    }

    // ---- writes ----

    @Transactional
    public OrganizationView create(OrganizationCreate in) {
        treeLock.acquire();
        Organization parent = validParent(in.type(), in.parentId());
        requireUniqueCode(in.code(), null);
        Organization org = new Organization();
        org.id = UUID.randomUUID();
        org.code = in.code().strip();
        org.name = in.name().strip();
        org.shortName = blankToNull(in.shortName());
        org.type = in.type();
        org.category = in.category() != null ? in.category()
                : parent == null ? OrgCategory.STREET : parent.category;
        org.establishedOn = in.establishedOn();
        org.address = blankToNull(in.address());
        org.contactPhone = blankToNull(in.contactPhone());
        org.residentCount = in.residentCount();
        org.coveredUnitCount = in.coveredUnitCount();
        org.createdAt = Periods.now();
        org.updatedAt = org.createdAt;
        org.placeUnder(parent);
        org.persist();
        OrganizationEvent created = OrganizationEvent.of(org, OrgEventKind.CREATED,
                org.establishedOn != null ? org.establishedOn : periods.today(), null, null);
        created.toParentId = org.parentId;
        created.toType = org.type;
        created.persist();
        em.flush();
        audit.record("organization.create", "organization", org.id, org.path, null, org.snapshot());
        return view(org, null);
    }

    @Transactional
    public OrganizationView update(UUID id, String ifMatch, OrganizationUpdate in) {
        Organization org = require(id);
        ETags.require(ifMatch, org.version);
        requireActive(org);
        requireUniqueCode(in.code(), org.id);
        Map<String, Object> before = org.snapshot();
        org.code = in.code().strip();
        org.name = in.name().strip();
        org.shortName = blankToNull(in.shortName());
        org.category = in.category();
        org.establishedOn = in.establishedOn();
        org.address = blankToNull(in.address());
        org.contactPhone = blankToNull(in.contactPhone());
        org.residentCount = in.residentCount();
        org.coveredUnitCount = in.coveredUnitCount();
        org.updatedAt = Periods.now();
        em.flush();
        audit.record("organization.update", "organization", org.id, org.path, before, org.snapshot());
        return view(org, null);
    }

    @Transactional
    public OrganizationView move(UUID id, String ifMatch, OrganizationMove in) {
        treeLock.acquire();
        Organization org = require(id);
        checkOptionalIfMatch(ifMatch, org);
        requireActive(org);
        requireAfterEstablishment(org, in.effectiveOn());
        requireNotOwn(org, "调整隶属关系");
        if (org.type.isRoot()) {
            throw ApiException.unprocessable("root-cannot-move", "parentId", "街道党工委是最高层级，不能调整隶属关系");
        }
        Organization parent = activeReferenced(in.parentId(), "parentId", "上级组织");
        if (parent.id.equals(org.parentId)) {
            throw ApiException.unprocessable("same-parent", "parentId", "该组织已隶属于所选上级组织");
        }
        if (parent.path.startsWith(org.path)) {
            throw ApiException.unprocessable("cycle", "parentId", "不能调整到本组织或其下级组织之下（会形成循环）");
        }
        requireAllowedUnder(org.type, parent, "parentId");
        if (org.type == OrgType.PARTY_GROUP && memberCounts.membersPlacedIn(org.id) > 0) {
            // its members belong to the branch it leaves
            throw ApiException.conflict("has-members", "parentId",
                    "该党小组还有党员，请先调整他们的党小组，再把党小组调整到其他党支部");
        }
        UUID oldParent = org.parentId;
        String oldPath = org.path;
        String oldSubtree = org.subtreePattern();
        int oldDepth = org.depth;
        org.placeUnder(parent);
        org.updatedAt = Periods.now();
        em.flush();
        // descendants move too; their version changes so a concurrent edit of one of them gets 412
        em.createNativeQuery("""
                update organization set path = :newPath || substr(path, length(:oldPath) + 1), depth = depth + :delta,
                       version = version + 1, updated_at = now()
                where path like :oldSubtree and id <> :id""")
                .setParameter("newPath", org.path).setParameter("oldPath", oldPath)
                .setParameter("delta", org.depth - oldDepth).setParameter("oldSubtree", oldSubtree)
                .setParameter("id", org.id)
                .executeUpdate();
        OrganizationEvent moved = OrganizationEvent.of(org, OrgEventKind.MOVED, in.effectiveOn(),
                blankToNull(in.documentNumber()), blankToNull(in.reason()));
        moved.fromParentId = oldParent;
        moved.toParentId = parent.id;
        moved.persist();
        em.flush();
        audit.record("organization.move", "organization", org.id, org.path, Map.of("parentId", oldParent),
                Map.of("parentId", parent.id));
        return view(org, null);
    }

    @Transactional
    public OrganizationView changeType(UUID id, String ifMatch, OrganizationTypeChange in) {
        treeLock.acquire();
        Organization org = require(id);
        checkOptionalIfMatch(ifMatch, org);
        requireActive(org);
        requireAfterEstablishment(org, in.effectiveOn());
        requireNotOwn(org, "变更类型");
        if (in.type() == org.type) {
            throw ApiException.unprocessable("same-type", "type", "新类型与当前类型相同");
        }
        if (org.type.isRoot() || in.type().isRoot()) {
            throw ApiException.unprocessable("type-not-allowed", "type", "街道党工委与其他类型之间不能互相变更");
        }
        requireAllowedUnder(in.type(), require(org.parentId), "type");
        if (org.type.isBranch() && !in.type().isBranch() && memberCounts.membersPlacedIn(org.id) > 0) {
            throw ApiException.conflict("has-members", "type", "党员只能编入党支部或联合党支部：该组织还有"
                    + memberCounts.membersPlacedIn(org.id) + "名党员，请先调整他们的所在支部");
        }
        List<OrgType> childTypes = em.createQuery("""
                select distinct o.type from Organization o where o.parentId = :id and o.archivedAt is null""",
                OrgType.class).setParameter("id", org.id).getResultList();
        for (OrgType child : childTypes) {
            if (!child.mayBeUnder(in.type())) {
                throw ApiException.unprocessable("type-not-allowed", "type",
                        "下级组织中有" + child.label() + "，不能设在" + in.type().label() + "之下，请先调整下级组织");
            }
        }
        OrgType oldType = org.type;
        org.type = in.type();
        org.updatedAt = Periods.now();
        OrganizationEvent changed = OrganizationEvent.of(org, OrgEventKind.TYPE_CHANGED, in.effectiveOn(),
                blankToNull(in.documentNumber()), blankToNull(in.reason()));
        changed.fromType = oldType;
        changed.toType = in.type();
        changed.persist();
        em.flush();
        audit.record("organization.change-type", "organization", org.id, org.path, Map.of("type", oldType),
                Map.of("type", in.type()));
        return view(org, null);
    }

    @Transactional
    public OrganizationView archive(UUID id, String ifMatch, OrganizationArchive in) {
        treeLock.acquire();
        Organization org = require(id);
        checkOptionalIfMatch(ifMatch, org);
        if (org.archived()) {
            throw ApiException.conflict("already-archived", "该组织已于" + org.archivedOn + "撤销");
        }
        requireNotOwn(org, "撤销");
        requireAfterEstablishment(org, in.effectiveOn());
        long children = em.createQuery("""
                select count(o) from Organization o where o.parentId = :id and o.archivedAt is null""", Long.class)
                .setParameter("id", org.id).getSingleResult();
        if (children > 0) {
            throw ApiException.conflict("has-active-children",
                    "该组织下还有" + children + "个未撤销的下级组织，请先撤销或调整其隶属关系后再撤销本组织");
        }
        long members = memberCounts.membersPlacedIn(org.id);
        if (members > 0) {
            throw ApiException.conflict("has-members",
                    "该组织还有" + members + "名党员，请先将他们调整到其他支部（或党小组）后再撤销本组织");
        }
        org.archivedAt = Periods.now();
        org.archivedOn = in.effectiveOn();
        org.archiveReason = in.reason().strip();
        org.updatedAt = org.archivedAt;
        OrganizationEvent.of(org, OrgEventKind.ARCHIVED, in.effectiveOn(), blankToNull(in.documentNumber()),
                org.archiveReason).persist();
        em.flush();
        audit.record("organization.archive", "organization", org.id, org.path, Map.of("archived", false),
                Map.of("archived", true, "archiveReason", org.archiveReason));
        return view(org, null);
    }

    // ---- shared helpers ----

    /** The organization if it lies in the caller's subtree, else 404 (as if it did not exist). */
    public Organization require(UUID id) {
        if (id == null) {
            throw ApiException.notFound("组织不存在");
        }
        return inScope(id).getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("组织不存在"));
    }

    /** The one query that finds an organization by id within the caller's subtree. */
    private TypedQuery<Organization> inScope(UUID id) {
        return em.createQuery("from Organization o where o.id = :id and o.path like :scope", Organization.class)
                .setParameter("id", id).setParameter("scope", caller.scope());
    }

    /** Like {@link #require}, locking the row until the transaction ends (one query, no version check). */
    public Organization requireForUpdate(UUID id) {
        return inScope(id).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("组织不存在"));
    }

    /** An active organization named in a request body, inside the caller's subtree; else 422 on that field. */
    public Organization requireReferenced(UUID id, String field, String what) {
        return activeReferenced(id, field, what);
    }

    OrganizationView view(Organization org, List<OrgRef> ancestors) {
        return toView(org, memberCounts.subtreeCounts(List.of(org)).getOrDefault(org.id, MemberCounts.NONE),
                childCounts(List.of(org)).getOrDefault(org.id, 0L).intValue(), ancestors);
    }

    private List<OrganizationView> views(List<Organization> orgs) {
        Map<UUID, MemberCounts> counts = memberCounts.subtreeCounts(orgs);
        Map<UUID, Long> children = childCounts(orgs);
        return orgs.stream().map(o -> toView(o, counts.getOrDefault(o.id, MemberCounts.NONE),
                children.getOrDefault(o.id, 0L).intValue(), null)).toList();
    }

    private static OrganizationView toView(Organization o, MemberCounts counts, int childCount,
            List<OrgRef> ancestors) {
        return new OrganizationView(o.id, o.code, o.name, o.shortName, o.type, o.category, o.parentId, o.depth,
                o.establishedOn, o.address, o.contactPhone, o.residentCount, o.coveredUnitCount,
                counts, childCount, o.archived(), o.archivedOn,
                o.archiveReason, o.version, o.createdAt, o.updatedAt, ancestors);
    }

    private Map<UUID, Long> childCounts(List<Organization> orgs) {
        if (orgs.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("""
                select o.parentId, count(o) from Organization o
                where o.parentId in :ids and o.archivedAt is null group by o.parentId""", Object[].class)
                .setParameter("ids", orgs.stream().map(o -> o.id).toList())
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    private List<OrgRef> ancestors(Organization org) {
        List<UUID> ids = Arrays.stream(org.path.split("/")).filter(s -> !s.isEmpty()).map(UUID::fromString)
                .filter(id -> !id.equals(org.id)).toList();
        Map<UUID, OrgRef> refs = refs(ids);
        return ids.stream().map(refs::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * References to organizations named by a record the caller may see, wherever they lie (e.g. the branch a
     * transferred member came from, in their membership history).
     */
    public Map<UUID, OrgRef> refsOfVisibleRecord(java.util.Collection<UUID> ids) {
        Map<UUID, OrgRef> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Organization o where o.id in :ids", Organization.class).setParameter("ids", ids)
                    .getResultList().forEach(o -> out.put(o.id, OrgRef.of(o)));
        }
        return out;
    }

    /** References to those of {@code ids} that lie in the caller's subtree (the others are left out). */
    public Map<UUID, OrgRef> refs(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, OrgRef> out = new LinkedHashMap<>();
        em.createQuery("from Organization o where o.id in :ids and o.path like :scope", Organization.class)
                .setParameter("ids", ids).setParameter("scope", caller.scope()).getResultList()
                .forEach(o -> out.put(o.id, OrgRef.of(o)));
        return out;
    }

    private Organization validParent(OrgType type, UUID parentId) {
        if (type.isRoot()) {
            if (parentId != null) {
                throw ApiException.unprocessable("root-has-no-parent", "parentId", "街道党工委是最高层级，不能指定上级组织");
            }
            if (caller.kind() != Caller.Kind.SYSTEM) {
                // a new root would lie outside every account's subtree
                throw ApiException.forbidden("街道党工委只能在系统初始化时创建（见 README：首次启动）");
            }
            return null;
        }
        if (parentId == null) {
            throw ApiException.unprocessable("parent-required", "parentId", type.label() + "必须指定上级组织");
        }
        Organization parent = activeReferenced(parentId, "parentId", "上级组织");
        requireAllowedUnder(type, parent, "parentId");
        return parent;
    }

    private Organization activeReferenced(UUID id, String field, String what) {
        Organization org = inScope(id).getResultStream().findFirst().orElse(null);
        if (org == null) {
            throw ApiException.unprocessable("unknown-reference", field, what + "不存在");
        }
        if (org.archived()) {
            throw ApiException.unprocessable("archived-reference", field, what + "已撤销");
        }
        return org;
    }

    private static void requireAllowedUnder(OrgType type, Organization parent, String field) {
        if (!type.mayBeUnder(parent.type)) {
            throw ApiException.unprocessable("type-not-allowed", field,
                    type.label() + "不能设在" + parent.type.label() + "之下");
        }
    }

    private void requireUniqueCode(String code, UUID except) {
        Long clash = em.createQuery("""
                select count(o) from Organization o where o.code = :code and (:except is null or o.id <> :except)""",
                Long.class).setParameter("code", code.strip()).setParameter("except", except).getSingleResult();
        if (clash > 0) {
            throw ApiException.conflict("duplicate-code", "code", "党组织编码 " + code.strip() + " 已被使用");
        }
    }

    private static void requireActive(Organization org) {
        if (org.archived()) {
            throw ApiException.conflict("archived", "该组织已撤销，不能再修改");
        }
    }

    /** The organization an account belongs to is the root of its scope: its parent is out of reach. */
    private void requireNotOwn(Organization org, String action) {
        if (org.id.equals(caller.organizationId())) {
            throw ApiException.unprocessable("own-organization", "id",
                    "不能" + action + "本账号所属的组织，请由上级组织的管理员操作");
        }
    }

    /** A recorded change cannot take effect before the organization was established. */
    private static void requireAfterEstablishment(Organization org, java.time.LocalDate effectiveOn) {
        if (org.establishedOn != null && effectiveOn.isBefore(org.establishedOn)) {
            throw ApiException.unprocessable("before-establishment", "effectiveOn",
                    "生效日期不能早于该组织的成立日期（" + org.establishedOn + "）");
        }
    }

    private static void checkOptionalIfMatch(String ifMatch, Organization org) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.require(ifMatch, org.version);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
