package org.branchbook.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.access.Caller;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.branchbook.common.db.SqlValues;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/**
 * The transfer lists: the filtered list and inbox, the overdue report of an organization or subtree, and
 * the organizations a transfer can go to. A caller sees a transfer when either end is in its subtree.
 */
@ApplicationScoped
public class TransferQueries {

    /** List filters; null means any. */
    public record Filter(Set<TransferState> states, TransferScope scope, UUID memberId, UUID fromOrganizationId,
            UUID toOrganizationId, boolean overdue, boolean inbox, Integer limit, String cursor) {}

    private final EntityManager em;
    private final Caller caller;
    private final Periods periods;
    private final TransferService transfers;
    private final OrganizationService organizations;
    private final TransferRules rules;

    public TransferQueries(EntityManager em, Caller caller, Periods periods, TransferService transfers,
            OrganizationService organizations, TransferConfig config) {
        this.em = em;
        this.caller = caller;
        this.periods = periods;
        this.transfers = transfers;
        this.organizations = organizations;
        this.rules = config.rules();
    }

    /** Transfers the caller can see, newest first, filtered; {@code inbox}: only those waiting for the caller's side. */
    @Transactional
    public TransferPage list(Filter f) {
        int limit = Cursor.limit(f.limit());
        LocalDate today = periods.today();
        StringBuilder sql = new StringBuilder("""
                select t.id, t.created_at from transfer t
                left join organization fo on fo.id = t.from_organization_id
                left join organization tg on tg.id = t.to_organization_id
                left join organization ap on ap.id = t.approver_organization_id
                left join transfer_letter l on l.transfer_id = t.id and l.superseded_on is null
                where (fo.path like :scope or tg.path like :scope)""");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", caller.scope());
        if (f.states() != null && !f.states().isEmpty()) {
            sql.append(" and t.state in (:states)");
            params.put("states", f.states().stream().map(Enum::name).toList());
        }
        if (f.scope() != null) {
            sql.append(" and t.scope = :kind");
            params.put("kind", f.scope().name());
        }
        if (f.memberId() != null) {
            sql.append(" and t.member_id = :member");
            params.put("member", f.memberId());
        }
        if (f.fromOrganizationId() != null) {
            sql.append(" and fo.path like :fromPath");
            params.put("fromPath", pathOf(f.fromOrganizationId()) + "%");
        }
        if (f.toOrganizationId() != null) {
            sql.append(" and tg.path like :toPath");
            params.put("toPath", pathOf(f.toOrganizationId()) + "%");
        }
        if (f.overdue()) {
            sql.append("""
                     and ((t.state = 'REQUESTED' and t.requested_on < :approvalCutoff)
                       or (t.state = 'ISSUED' and t.scope <> 'OUTGOING' and l.last_valid_on < :today)
                       or (t.state = 'ISSUED' and t.scope = 'OUTGOING' and l.receipt_due_on < :today))""");
            params.put("approvalCutoff", rules.approvalOverdueBefore(today));
            params.put("today", today);
        }
        if (f.inbox()) {
            // the side whose turn it is (see TransferMove): approver, receiver, or the source waiting for a 回执
            sql.append("""
                     and ((t.state = 'REQUESTED' and ap.path like :scope)
                       or (t.state = 'ISSUED' and t.scope <> 'OUTGOING' and tg.path like :scope)
                       or (t.state = 'ISSUED' and t.scope = 'OUTGOING' and fo.path like :scope))""");
        }
        if (f.cursor() != null) {
            List<String> keys = Cursor.decode(f.cursor(), 2);
            try {
                params.put("afterAt", Timestamp.from(Instant.parse(keys.get(0))));
                params.put("afterId", UUID.fromString(keys.get(1)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            sql.append(" and (t.created_at, t.id) < (:afterAt, :afterId)");
        }
        sql.append(" order by t.created_at desc, t.id desc limit :limit");
        params.put("limit", limit + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Object[] last = rows.get(limit - 1);
            next = Cursor.encode(SqlValues.instant(last[1]).toString(), last[0].toString());
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Transfer> byId = ids.isEmpty() ? Map.of()
                : em.createQuery("from Transfer t where t.id in :ids", Transfer.class).setParameter("ids", ids)
                        .getResultStream().collect(Collectors.toMap(t -> t.id, t -> t));
        return new TransferPage(transfers.views(ids.stream().map(byId::get).toList()), next);
    }


    /** The path of an organization named in a filter; 404 when the caller cannot see it. */
    private String pathOf(UUID id) {
        return organizations.require(id).path;
    }

    /** What is late in an organization ({@code subtree=false}) or its subtree: transfers stuck on a step, members away. */
    @Transactional
    public OverdueReport overdue(UUID organizationId, boolean subtree, Integer limit) {
        Organization org = organizationId == null ? organizations.require(caller.organizationId())
                : organizations.require(organizationId);
        int max = Cursor.limit(limit);
        LocalDate today = periods.today();
        String items = """
                select 'APPROVAL_OVERDUE' as kind, t.approver_organization_id as org_id,
                       t.requested_on + :approvalDays as due, t.id as transfer_id, t.member_id, t.member_name
                from transfer t where t.state = 'REQUESTED' and t.requested_on < :approvalCutoff
                union all
                select 'LETTER_EXPIRED', case when t.scope = 'INCOMING' then t.to_organization_id else t.from_organization_id end,
                       l.last_valid_on, t.id, t.member_id, t.member_name
                from transfer t join transfer_letter l on l.transfer_id = t.id and l.superseded_on is null
                where t.state = 'ISSUED' and t.scope <> 'OUTGOING' and l.last_valid_on < :today
                union all
                select 'RECEIPT_MISSING', t.from_organization_id, l.receipt_due_on, t.id, t.member_id, t.member_name
                from transfer t join transfer_letter l on l.transfer_id = t.id and l.superseded_on is null
                where t.state = 'ISSUED' and t.scope = 'OUTGOING' and l.receipt_due_on < :today
                union all
                select 'AWAY_WITHOUT_TRANSFER', m.organization_id,
                       cast(m.mobile_since + make_interval(months => :awayMonths) as date), null, m.id, m.name
                from member m join organization mo on mo.id = m.organization_id
                where mo.path like :within and m.status in ('PROBATIONARY', 'FULL') and m.registration = 'REGISTERED'
                  and m.mobility = 'OUTFLOW' and m.mobile_since <= :awayCutoff
                  and not exists (select 1 from transfer t where t.member_id = m.id and t.state in ('REQUESTED', 'ISSUED'))
                """;
        String where = subtree ? "o.path like :within" : "o.id = :org";
        Map<String, Object> params = new HashMap<>();
        params.put("approvalDays", rules.approvalOverdueDays());
        params.put("approvalCutoff", rules.approvalOverdueBefore(today));
        params.put("today", today);
        params.put("awayMonths", rules.awayMonths());
        params.put("awayCutoff", rules.awaySinceOnOrBefore(today));
        params.put("within", org.path + "%");
        if (!subtree) {
            params.put("org", org.id);
        }
        Query counts = em.createNativeQuery("select x.kind, count(*) from (" + items + ") x join organization o on o.id = x.org_id"
                + " where " + where + " group by x.kind");
        params.forEach(counts::setParameter);
        Map<OverdueKind, Long> byKind = new EnumMap<>(OverdueKind.class);
        for (OverdueKind k : OverdueKind.values()) {
            byKind.put(k, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> countRows = counts.getResultList();
        countRows.forEach(r -> byKind.put(OverdueKind.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        Query list = em.createNativeQuery("select x.kind, x.org_id, x.due, x.transfer_id, x.member_id, x.member_name"
                + " from (" + items + ") x join organization o on o.id = x.org_id where " + where
                + " order by x.due, x.kind, x.member_name limit :limit");
        params.forEach(list::setParameter);
        list.setParameter("limit", max + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        boolean truncated = rows.size() > max;
        if (truncated) {
            rows = rows.subList(0, max);
        }
        Map<UUID, OrgRef> refs = new HashMap<>();
        List<UUID> orgIds = rows.stream().map(r -> (UUID) r[1]).distinct().toList();
        if (!orgIds.isEmpty()) {
            em.createQuery("from Organization o where o.id in :ids", Organization.class).setParameter("ids", orgIds)
                    .getResultList().forEach(o -> refs.put(o.id, OrgRef.of(o)));
        }
        List<OverdueReport.Item> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate due = SqlValues.localDate(r[2]);
            out.add(new OverdueReport.Item(OverdueKind.valueOf((String) r[0]), refs.get((UUID) r[1]), due,
                    ChronoUnit.DAYS.between(due, today), (UUID) r[3], (UUID) r[4], (String) r[5]));
        }
        return new OverdueReport(byKind.entrySet().stream().map(e -> new OverdueReport.Count(e.getKey(), e.getValue()))
                .toList(), out, truncated);
    }


    /**
     * Organizations of the caller's street a transfer can go to: active, not a 党小组, matching {@code q}; with
     * {@code memberId}, not that member's own branch.
     */
    @Transactional
    public TransferDestinations destinations(String q, UUID memberId) {
        String text = Params.text("q", q);
        if (text != null && text.length() > 100) {
            throw ApiException.badRequest("q", "最多100个字符");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        var query = em.createQuery("from Organization o where o.path like :street and o.archivedAt is null"
                + " and o.type <> :group" + (memberId == null ? "" : " and o.id not in (select m.organizationId"
                        + " from Member m where m.id = :member)") + (text == null ? "" : " and (lower(o.name) like :like escape '\\'"
                        + " or lower(o.code) like :like escape '\\')") + " order by o.depth, o.name", Organization.class)
                .setParameter("street", TransferService.rootPath(caller.path()) + "%")
                .setParameter("group", OrgType.PARTY_GROUP);
        if (text != null) {
            query.setParameter("like", Params.containing(text.toLowerCase()));
        }
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        List<Organization> found = query.setMaxResults(50).getResultList();
        return new TransferDestinations(found.stream().map(OrgRef::of).toList());
    }
}
