package org.branchbook.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.ETags;
import org.branchbook.common.Periods;

/** Owns leadership terms (班子与任期): the current term, 换届, corrections and the election status. */
@ApplicationScoped
public class LeadershipService {

    private final EntityManager em;
    private final OrganizationService organizations;
    private final Periods periods;
    private final ElectionPolicy policy;
    private final AuditLog audit;

    public LeadershipService(EntityManager em, OrganizationService organizations, Periods periods,
            OrganizationConfig config, AuditLog audit) {
        this.em = em;
        this.organizations = organizations;
        this.periods = periods;
        this.policy = config.electionPolicy();
        this.audit = audit;
    }

    public LeadershipView leadership(UUID orgId) {
        organizations.require(orgId);
        List<LeadershipTerm> terms = em.createQuery("""
                select distinct t from LeadershipTerm t left join fetch t.seats
                where t.organizationId = :id order by t.startsOn desc""", LeadershipTerm.class)
                .setParameter("id", orgId).getResultList();
        LeadershipTerm current = terms.stream().filter(LeadershipTerm::current).findFirst().orElse(null);
        List<LeadershipTermView> past = terms.stream().filter(t -> !t.current()).map(LeadershipService::view).toList();
        LocalDate today = periods.today();
        LocalDate due = current == null ? null : current.endsOn;
        ElectionView election = new ElectionView(policy.status(due, today), due,
                due == null ? null : ChronoUnit.DAYS.between(today, due));
        return new LeadershipView(orgId, current == null ? null : view(current), past, election);
    }

    /** 换届: starts a new current term, closing the previous one on the new term's first day. */
    @Transactional
    public LeadershipTermView startTerm(UUID orgId, LeadershipTermInput in) {
        Organization org = organizations.requireForUpdate(orgId);
        if (org.archived()) {
            throw ApiException.conflict("archived", "该组织已撤销，不能再录入班子");
        }
        if (org.type == OrgType.PARTY_GROUP) {
            throw ApiException.unprocessable("no-leadership-for-party-group", "type", "党小组设组长，不设班子和任期");
        }
        LocalDate endsOn = endsOn(in, org);
        validate(in, endsOn, org);
        UUID closedPrevious = null;
        LeadershipTerm previous = em.createQuery("""
                from LeadershipTerm t where t.organizationId = :id and t.closedOn is null""", LeadershipTerm.class)
                .setParameter("id", orgId).getResultStream().findFirst().orElse(null);
        if (previous != null) {
            if (!in.startsOn().isAfter(previous.startsOn)) {
                throw ApiException.unprocessable("term-order", "startsOn",
                        "新一届任期的开始日期须晚于上一届的开始日期（" + previous.startsOn + "）");
            }
            previous.closedOn = in.startsOn();
            closedPrevious = previous.id;
            em.flush(); // the partial unique index allows one open term: close before inserting
        }
        LeadershipTerm term = new LeadershipTerm();
        term.id = UUID.randomUUID();
        term.organizationId = orgId;
        term.createdAt = Periods.now();
        apply(term, in, endsOn);
        term.persist();
        OrganizationEvent.of(org, OrgEventKind.TERM_STARTED, in.startsOn(),
                OrganizationService.blankToNull(in.documentNumber()), "换届：任期至" + endsOn).persist();
        em.flush();
        Map<String, Object> after = snapshot(term);
        if (closedPrevious != null) {
            after.put("previousTermClosedOn", in.startsOn()); // the previous term ends as this one starts
        }
        audit.record("leadership.start-term", "organization", org.id, org.path, null, after);
        return view(term);
    }

    /** Corrects a term (current or past) in place. */
    @Transactional
    public LeadershipTermView updateTerm(UUID orgId, UUID termId, String ifMatch, LeadershipTermInput in) {
        Organization org = organizations.require(orgId);
        LeadershipTerm term = em.find(LeadershipTerm.class, termId);
        if (term == null || !term.organizationId.equals(orgId)) {
            throw ApiException.notFound("任期记录不存在");
        }
        ETags.require(ifMatch, term.version);
        if (org.archived()) {
            throw ApiException.conflict("archived", "该组织已撤销，不能再修改班子");
        }
        LocalDate endsOn = endsOn(in, org);
        validate(in, endsOn, org);
        if (term.closedOn != null && !in.startsOn().isBefore(term.closedOn)) {
            throw ApiException.unprocessable("term-order", "startsOn",
                    "该届任期已于" + term.closedOn + "由下一届接替，开始日期须早于此日");
        }
        Map<String, Object> before = snapshot(term);
        LeadershipTerm predecessor = em.createQuery("""
                from LeadershipTerm t where t.organizationId = :org and t.closedOn = :start and t.id <> :id""",
                LeadershipTerm.class).setParameter("org", orgId).setParameter("start", term.startsOn)
                .setParameter("id", termId).getResultStream().findFirst().orElse(null);
        if (predecessor != null) {
            if (!in.startsOn().isAfter(predecessor.startsOn)) {
                throw ApiException.unprocessable("term-order", "startsOn",
                        "开始日期须晚于上一届的开始日期（" + predecessor.startsOn + "）");
            }
            before.put("previousTermClosedOn", predecessor.closedOn);
            predecessor.closedOn = in.startsOn(); // the previous term ends when this one starts
        }
        term.seats.clear(); // a changed seat list alone also bumps the term's version
        apply(term, in, endsOn);
        em.flush();
        Map<String, Object> after = snapshot(term);
        if (predecessor != null) {
            after.put("previousTermClosedOn", predecessor.closedOn);
        }
        audit.record("leadership.update-term", "organization", org.id, org.path, before, after);
        return view(term);
    }

    private boolean communityBody(Organization org) {
        return org.parentId != null && org.isCommunityBody(em.find(Organization.class, org.parentId).type);
    }

    private LocalDate endsOn(LeadershipTermInput in, Organization org) {
        return in.endsOn() != null ? in.endsOn() : policy.defaultEnd(in.startsOn(), org.type, communityBody(org));
    }

    private void validate(LeadershipTermInput in, LocalDate endsOn, Organization org) {
        if (in.startsOn().isAfter(periods.today())) {
            throw ApiException.unprocessable("term-in-future", "startsOn", "任期开始日期不能晚于今天：请在选举产生后再录入");
        }
        if (org.establishedOn != null && in.startsOn().isBefore(org.establishedOn)) {
            throw ApiException.unprocessable("before-establishment", "startsOn",
                    "任期开始日期不能早于该组织的成立日期（" + org.establishedOn + "）");
        }
        if (!endsOn.isAfter(in.startsOn())) {
            throw ApiException.unprocessable("term-dates", "endsOn", "届满日期须晚于任期开始日期");
        }
        long secretaries = in.seats().stream().filter(s -> s.position() == Position.SECRETARY).count();
        if (secretaries > 1) {
            throw ApiException.unprocessable("one-secretary", "seats", "一届班子只能有一名书记");
        }
    }

    private static void apply(LeadershipTerm term, LeadershipTermInput in, LocalDate endsOn) {
        term.startsOn = in.startsOn();
        term.endsOn = endsOn;
        term.documentNumber = OrganizationService.blankToNull(in.documentNumber());
        term.note = OrganizationService.blankToNull(in.note());
        for (LeadershipSeatInput s : in.seats()) {
            LeadershipSeat seat = new LeadershipSeat();
            seat.position = s.position();
            seat.personName = s.personName().strip();
            term.seats.add(seat);
        }
    }

    private static Map<String, Object> snapshot(LeadershipTerm t) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("termId", t.id);
        out.put("startsOn", t.startsOn);
        out.put("endsOn", t.endsOn);
        out.put("documentNumber", t.documentNumber);
        out.put("note", t.note);
        out.put("seats", t.seats.stream().map(s -> s.position.label() + ":" + s.personName).toList());
        return out;
    }

    static LeadershipTermView view(LeadershipTerm t) {
        return new LeadershipTermView(t.id, t.startsOn, t.endsOn, t.closedOn, t.documentNumber, t.note,
                t.seats.stream().map(s -> new LeadershipSeatView(s.position, s.personName, s.memberId)).toList(),
                t.version);
    }
}
