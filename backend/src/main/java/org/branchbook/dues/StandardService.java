package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.ETags;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.branchbook.member.Member;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.MemberService;
import org.branchbook.member.MemberStatus;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** 核定: each member's monthly dues from their base by the table in force, adjustments by hand, and the yearly review. */
@ApplicationScoped
public class StandardService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final DuesRates rates;
    private final MemberService members;
    private final OrganizationService organizations;
    private final DuesRules rules;

    public StandardService(EntityManager em, Caller caller, AuditLog audit, DuesRates rates, MemberService members,
            OrganizationService organizations, DuesConfig config) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.rates = rates;
        this.members = members;
        this.organizations = organizations;
        this.rules = config.rules();
    }

    /** Sets a member's base from a month: the standard is computed now (an adjustment by hand is kept). */
    @Transactional
    public StandardView setBase(DuesBaseInput in) {
        Member m = members.require(in.memberId());
        members.lockAnywhere(m.id);
        if (!m.status.active()) {
            throw ApiException.conflict("inactive-member", "该党员已" + m.status.label() + "，不再核定党费");
        }
        YearMonth from = YearMonth.parse(in.fromMonth());
        if (!rules.mayStartIn(from)) {
            throw ApiException.unprocessable("wage-change-next-year", "fromMonth",
                    "按本地规定，工资变动从次年一月起调整党费；请将开始月份设为 " + from.plusYears(1).withMonth(1));
        }
        DuesRate.Result r = DuesRate.monthly(rates.tableFor(from), in.category(), in.baseFen());
        if (!r.valid()) {
            throw ApiException.unprocessable("invalid-base", "baseFen", r.problem());
        }
        DuesStandard s = find(m.id, from);
        Map<String, Object> before = s == null ? null : snapshot(s);
        if (s == null) {
            s = new DuesStandard();
            s.id = UUID.randomUUID();
            s.memberId = m.id;
            s.fromMonth = from.atDay(1);
            s.adjustment = Adjustment.NONE;
        }
        s.category = in.category();
        s.baseFen = in.category().rated() || in.category() == DuesCategory.FARMER ? in.baseFen() : null;
        s.basisPoints = r.basisPoints();
        s.computedFen = r.monthlyFen();
        if (s.adjustment == Adjustment.NONE) {
            s.monthlyFen = r.monthlyFen();
        }
        stamp(s);
        if (before == null) {
            s.persist();
        }
        em.flush();
        audit.record("dues.base", "dues-standard", s.id, pathOf(m), before, snapshot(s));
        return view(s, m);
    }

    /** 少交, 免交 or another amount by hand (reason and, for 少交/免交, the approval's 文号), or back to the table. */
    @Transactional
    public StandardView adjust(UUID id, String ifMatch, StandardAdjustmentInput in) {
        DuesStandard s = id == null ? null : em.find(DuesStandard.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ApiException.notFound("党费标准不存在");
        }
        Member m;
        try {
            m = members.require(s.memberId);
        } catch (ApiException outside) {
            throw ApiException.notFound("党费标准不存在");
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.require(ifMatch, s.version);
        }
        Map<String, Object> before = snapshot(s);
        String reason = Params.strippedOrNull(in.reason());
        String approval = Params.strippedOrNull(in.approvalReference());
        switch (in.adjustment()) {
            case NONE -> {
                s.monthlyFen = s.computedFen;
                reason = null;
                approval = null;
            }
            case EXEMPT -> s.monthlyFen = 0;
            case REDUCED, OVERRIDE -> {
                if (in.monthlyFen() == null) {
                    throw ApiException.unprocessable("invalid-adjustment", "monthlyFen", "请填写调整后的月交纳金额");
                }
                if (in.adjustment() == Adjustment.REDUCED && in.monthlyFen() >= s.computedFen) {
                    throw ApiException.unprocessable("invalid-adjustment", "monthlyFen",
                            "少交的金额应低于按标准计算的 " + DuesRate.yuan(s.computedFen) + " 元");
                }
                s.monthlyFen = in.monthlyFen();
            }
        }
        if (in.adjustment() != Adjustment.NONE && reason == null) {
            throw ApiException.unprocessable("invalid-adjustment", "reason", "请填写调整原因");
        }
        if ((in.adjustment() == Adjustment.REDUCED || in.adjustment() == Adjustment.EXEMPT) && approval == null) {
            throw ApiException.unprocessable("invalid-adjustment", "approvalReference",
                    "少交或免交须经党支部研究、报上一级党委批准：请填写批准文号");
        }
        s.adjustment = in.adjustment();
        s.reason = reason;
        s.approvalReference = approval;
        stamp(s);
        em.flush();
        audit.record("dues.adjust", "dues-standard", s.id, pathOf(m), before, snapshot(s));
        return view(s, m);
    }

    /**
     * Recomputes the year's standards below an organization with the table in force (adjusted amounts are
     * kept), and gives 下岗失业 members without a standard the fixed amount from January.
     */
    @Transactional
    public StandardComputation.Result compute(StandardComputation in) {
        Organization org = organizations.require(in.organizationId());
        int year = in.year();
        List<Member> people = em.createQuery("""
                select m from Member m, Organization o where o.id = m.organizationId and o.path like :path
                  and m.status in :active order by m.id""", Member.class)
                .setParameter("path", org.path + "%")
                .setParameter("active", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL)).getResultList();
        Map<UUID, List<DuesStandard>> byMember = standardsOf(people.stream().map(p -> p.id).toList(), year);
        Map<YearMonth, RateTable> tables = new HashMap<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int missing = 0;
        for (Member m : people) {
            List<DuesStandard> mine = byMember.getOrDefault(m.id, List.of());
            if (mine.isEmpty()) {
                if (m.categorySet().contains(MemberCategory.UNEMPLOYED)) {
                    setBase(new DuesBaseInput(m.id, YearMonth.of(year, 1).toString(), DuesCategory.UNEMPLOYED, null,
                            null));
                    created++;
                } else {
                    missing++;
                }
                continue;
            }
            for (DuesStandard s : mine) {
                if (s.fromMonth.getYear() != year) {
                    unchanged++; // carried over from an earlier year: set this year's base to review it
                    continue;
                }
                RateTable table = tables.computeIfAbsent(YearMonth.from(s.fromMonth), rates::tableFor);
                DuesRate.Result r = DuesRate.monthly(table, s.category, s.baseFen);
                if (r.valid() && (r.monthlyFen() != s.computedFen || !java.util.Objects.equals(r.basisPoints(), s.basisPoints))) {
                    s.computedFen = r.monthlyFen();
                    s.basisPoints = r.basisPoints();
                    if (s.adjustment == Adjustment.NONE) {
                        s.monthlyFen = r.monthlyFen();
                    }
                    stamp(s);
                    changed++;
                } else {
                    unchanged++;
                }
            }
        }
        em.flush();
        // one audit row for the run: the amounts follow from the bases (each audited when set) and the table
        audit.record("dues.compute", "organization", org.id, org.path, null, Map.of("year", year, "members",
                people.size(), "created", created, "changed", changed, "missing", missing));
        return new StandardComputation.Result(people.size(), created, changed, unchanged, missing);
    }

    /** The year's standards of the members below an organization, a page by name. */
    @Transactional
    public StandardReview review(UUID organizationId, int year, Integer limit, String cursor) {
        Organization org = organizations.require(organizationId);
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        var query = em.createQuery("select m from Member m, Organization o where o.id = m.organizationId"
                + " and o.path like :path and m.status in :active"
                + (after.isEmpty() ? "" : " and (m.name > :name or (m.name = :name and m.id > :id))")
                + " order by m.name, m.id", Member.class)
                .setParameter("path", org.path + "%")
                .setParameter("active", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL));
        if (!after.isEmpty()) {
            try {
                query.setParameter("name", after.get(0)).setParameter("id", UUID.fromString(after.get(1)));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
        }
        List<Member> people = query.setMaxResults(size + 1).getResultList();
        String next = null;
        if (people.size() > size) {
            people = people.subList(0, size);
            Member last = people.get(size - 1);
            next = Cursor.encode(last.name, last.id.toString());
        }
        Map<UUID, List<DuesStandard>> byMember = standardsOf(people.stream().map(p -> p.id).toList(), year);
        Map<UUID, OrgRef> refs = organizations.refs(people.stream().map(p -> p.organizationId).distinct().toList());
        List<StandardReview.Row> rows = new ArrayList<>(people.size());
        for (Member m : people) {
            List<StandardView> views = byMember.getOrDefault(m.id, List.of()).stream().map(s -> view(s, m)).toList();
            rows.add(new StandardReview.Row(ref(m), refs.get(m.organizationId), views, views.isEmpty()));
        }
        return new StandardReview(year, rows, next);
    }

    /** Per member, the standards that apply in {@code year}: the one in force in January and later ones in the year. */
    Map<UUID, List<DuesStandard>> standardsOf(List<UUID> memberIds, int year) {
        Map<UUID, List<DuesStandard>> out = new HashMap<>();
        if (memberIds.isEmpty()) {
            return out;
        }
        LocalDate january = LocalDate.of(year, 1, 1);
        List<DuesStandard> all = em.createQuery("""
                from DuesStandard s where s.memberId in :ids and s.fromMonth <= :end order by s.memberId, s.fromMonth""",
                DuesStandard.class).setParameter("ids", memberIds).setParameter("end", LocalDate.of(year, 12, 1))
                .getResultList();
        for (DuesStandard s : all) {
            List<DuesStandard> mine = out.computeIfAbsent(s.memberId, k -> new ArrayList<>());
            // keep only the latest one starting on or before January, then those starting in the year
            if (!s.fromMonth.isAfter(january) && !mine.isEmpty() && !mine.get(mine.size() - 1).fromMonth.isAfter(january)) {
                mine.remove(mine.size() - 1);
            }
            mine.add(s);
        }
        return out;
    }

    /** A member's standards by their first month. */
    Map<YearMonth, DuesStandard> byMonth(UUID memberId) {
        Map<YearMonth, DuesStandard> out = new HashMap<>();
        em.createQuery("from DuesStandard s where s.memberId = :m", DuesStandard.class).setParameter("m", memberId)
                .getResultList().forEach(s -> out.put(YearMonth.from(s.fromMonth), s));
        return out;
    }

    private DuesStandard find(UUID memberId, YearMonth from) {
        return em.createQuery("from DuesStandard s where s.memberId = :m and s.fromMonth = :from", DuesStandard.class)
                .setParameter("m", memberId).setParameter("from", from.atDay(1))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    private void stamp(DuesStandard s) {
        s.recordedAt = Periods.now();
        s.recordedBy = caller.signature();
    }

    private String pathOf(Member m) {
        return em.find(Organization.class, m.organizationId).path;
    }

    static MemberRef ref(Member m) {
        return new MemberRef(m.id, m.name, m.status);
    }

    static StandardView view(DuesStandard s, Member m) {
        return new StandardView(s.id, ref(m), YearMonth.from(s.fromMonth).toString(), s.category, s.baseFen,
                s.basisPoints, s.computedFen, s.monthlyFen, s.adjustment, s.reason, s.approvalReference, s.version,
                s.recordedAt, s.recordedBy);
    }

    private static Map<String, Object> snapshot(DuesStandard s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("memberId", s.memberId);
        out.put("fromMonth", YearMonth.from(s.fromMonth).toString());
        out.put("category", s.category);
        out.put("baseFen", s.baseFen);
        out.put("computedFen", s.computedFen);
        out.put("monthlyFen", s.monthlyFen);
        out.put("adjustment", s.adjustment);
        out.put("reason", s.reason);
        out.put("approvalReference", s.approvalReference);
        return out;
    }

}
