package org.branchbook.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.ETags;
import org.branchbook.common.FieldError;
import org.branchbook.common.Periods;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** Owns the roster: registering, editing, moving and the lifecycle actions of members, and reveals. */
@ApplicationScoped
public class MemberService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final Periods periods;
    private final OrganizationService organizations;
    private final MemberQueries queries;
    private final OpenTransfers transfers;

    public MemberService(EntityManager em, Caller caller, AuditLog audit, Periods periods,
            OrganizationService organizations, MemberQueries queries, OpenTransfers transfers) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.periods = periods;
        this.organizations = organizations;
        this.queries = queries;
        this.transfers = transfers;
    }

    // ---- reads ----

    /** A page of members; with {@code reveal} the full numbers, audited as one reveal of the page. */
    @Transactional
    public MemberPage list(MemberQueries.Filter filter, boolean reveal) {
        caller.requireReveal(reveal);
        MemberQueries.Result result = queries.page(filter);
        if (reveal && !result.members().isEmpty()) {
            audit.record("member.reveal", "member", null, caller.path(), null,
                    Map.of("members", result.members().stream().map(m -> m.id.toString()).toList(),
                            "fields", List.of("idNumber", "phone")));
        }
        return new MemberPage(views(result.members(), reveal), result.nextCursor());
    }

    @Transactional
    public MemberView get(UUID id, boolean reveal) {
        caller.requireReveal(reveal);
        Member m = require(id);
        if (reveal) {
            audit.record("member.reveal", "member", m.id, pathOf(m.organizationId), null,
                    Map.of("fields", List.of("idNumber", "phone")));
        }
        return views(List.of(m), reveal).get(0);
    }

    public MemberHistory history(UUID id) {
        Member m = require(id);
        List<Membership> periods = em.createQuery(
                "from Membership p where p.memberId = :id order by p.fromOn desc, p.recordedAt desc", Membership.class)
                .setParameter("id", m.id).getResultList();
        List<MemberEvent> events = em.createQuery(
                "from MemberEvent e where e.memberId = :id order by e.effectiveOn desc, e.recordedAt desc", MemberEvent.class)
                .setParameter("id", m.id).getResultList();
        Set<UUID> orgIds = new HashSet<>();
        periods.forEach(p -> {
            orgIds.add(p.organizationId);
            if (p.groupId != null) {
                orgIds.add(p.groupId);
            }
        });
        // a member who came by transfer keeps the branches they came from in their history
        Map<UUID, OrgRef> refs = organizations.refsOfVisibleRecord(orgIds);
        return new MemberHistory(
                periods.stream().map(p -> new MemberHistory.Period(refs.get(p.organizationId),
                        p.groupId == null ? null : refs.get(p.groupId), p.fromOn, p.toOn, p.reason)).toList(),
                events.stream().map(e -> new MemberHistory.Event(e.id, e.kind, e.effectiveOn, e.fromStatus,
                        e.toStatus, e.leftKind, e.months, e.documentNumber, e.reason, e.recordedAt, e.recordedBy))
                        .toList());
    }

    // ---- writes ----

    @Transactional
    public MemberView create(MemberCreate in) {
        LocalDate today = periods.today();
        MemberRecord record = new MemberRecord(in.name(), in.idNumber(), in.gender(), in.ethnicity(), in.birthDate(),
                in.phone(), in.education(), in.workUnit(), in.jobTitle(), in.address(), in.joinedOn(), in.fullOn(),
                in.status(), in.registration(), in.categories(), mobility(in.mobile()), place(in.mobile()),
                mobileOrg(in.mobile()), contact(in.mobile()), since(in.mobile()), in.note());
        MemberRecord r = checked(record, today, true);
        Placement placement = placement(in.organizationId(), in.groupId());
        LocalDate registeredOn = in.registeredOn() == null ? today : in.registeredOn();
        if (registeredOn.isAfter(today)) {
            throw ApiException.unprocessable("date-in-future", "registeredOn", "转入日期不能晚于今天");
        }
        requireUniqueIdNumber(r.idNumber(), null);
        Member m = new Member();
        m.id = UUID.randomUUID();
        apply(m, r);
        m.status = r.status();
        m.fullOn = r.fullOn();
        m.probationEndsOn = r.status() == MemberStatus.PROBATIONARY ? Lifecycle.probationEnd(r.joinedOn()) : null;
        m.organizationId = placement.branch().id;
        m.groupId = placement.group() == null ? null : placement.group().id;
        m.createdAt = Periods.now();
        m.updatedAt = m.createdAt;
        m.persist();
        openMembership(m, registeredOn, "登记入册");
        em.flush();
        audit.record("member.create", "member", m.id, placement.branch().path, null, m.snapshot());
        return views(List.of(m), false).get(0);
    }

    @Transactional
    public MemberView update(UUID id, String ifMatch, MemberUpdate in) {
        Member m = requireForUpdate(id);
        ETags.require(ifMatch, m.version);
        LocalDate today = periods.today();
        String idNumber = in.idNumber() == null ? m.idNumber : in.idNumber();
        String phone = in.phone() == null ? m.phone : in.phone();
        // a member no longer on the roster keeps the 转正日期 an edit form may not show
        LocalDate fullOn = in.fullOn() == null && !m.status.active() ? m.fullOn : in.fullOn();
        MemberRecord record = new MemberRecord(in.name(), idNumber, in.gender(), in.ethnicity(), in.birthDate(),
                phone, in.education(), in.workUnit(), in.jobTitle(), in.address(), in.joinedOn(), fullOn,
                m.status, in.registration(), in.categories(), mobility(in.mobile()), place(in.mobile()),
                mobileOrg(in.mobile()), contact(in.mobile()), since(in.mobile()), in.note());
        MemberRecord r = checked(record, today, false);
        requireUniqueIdNumber(r.idNumber(), m.id);
        Organization branch = organizations.require(m.organizationId);
        Organization group = in.groupId() == null ? null : group(branch, in.groupId(), "groupId");
        Map<String, Object> before = m.snapshot();
        UUID newGroup = group == null ? null : group.id;
        boolean groupChanged = !Objects.equals(newGroup, m.groupId);
        if (groupChanged && !m.status.active()) {
            throw ApiException.conflict("inactive-member", "groupId", "该党员已" + m.status.label() + "，不能调整党小组");
        }
        if (groupChanged) {
            closeMembership(m, today); // flushes: before the member changes, so its version moves once
        }
        apply(m, r);
        if (m.status != MemberStatus.PROBATIONARY) {
            m.fullOn = r.fullOn();
        } else if (!m.probationExtended) {
            m.probationEndsOn = Lifecycle.probationEnd(r.joinedOn());
        }
        if (groupChanged) {
            m.groupId = newGroup;
            openMembership(m, today, newGroup == null ? "退出党小组" : "调整党小组");
        }
        m.updatedAt = Periods.now();
        em.flush();
        audit.record("member.update", "member", m.id, branch.path, before, m.snapshot());
        return views(List.of(m), false).get(0);
    }

    @Transactional
    public MemberView move(UUID id, String ifMatch, MemberMove in) {
        Member m = requireForUpdate(id);
        optionalIfMatch(ifMatch, m);
        if (!m.status.active()) {
            throw ApiException.conflict("inactive-member", "该党员已" + m.status.label() + "，不能调整所在支部");
        }
        requireNoOpenTransfer(m, "调整所在支部");
        if (in.effectiveOn().isAfter(periods.today())) {
            throw ApiException.unprocessable("date-in-future", "effectiveOn", "调整日期不能晚于今天");
        }
        Membership current = openMembership(m.id);
        if (current != null && in.effectiveOn().isBefore(current.fromOn)) {
            throw ApiException.unprocessable("before-current-membership", "effectiveOn",
                    "调整日期不能早于进入当前支部的日期（" + current.fromOn + "）");
        }
        Placement to = placement(in.organizationId(), in.groupId());
        if (to.branch().id.equals(m.organizationId) && Objects.equals(m.groupId, to.group() == null ? null : to.group().id)) {
            throw ApiException.unprocessable("same-branch", "organizationId", "该党员已在所选支部（和党小组）");
        }
        UUID from = m.organizationId;
        closeMembership(m, in.effectiveOn());
        m.organizationId = to.branch().id;
        m.groupId = to.group() == null ? null : to.group().id;
        m.updatedAt = Periods.now();
        openMembership(m, in.effectiveOn(), in.reason().strip());
        em.flush();
        audit.record("member.move", "member", m.id, to.branch().path, Map.of("organizationId", from),
                Map.of("organizationId", m.organizationId, "reason", in.reason().strip()));
        return views(List.of(m), false).get(0);
    }

    /** Applies a lifecycle action after {@link Lifecycle} has checked it. */
    @Transactional
    public MemberView act(UUID id, String ifMatch, MemberAction action, LifecycleInput in) {
        Member m = requireForUpdate(id);
        optionalIfMatch(ifMatch, m);
        if (action != MemberAction.CONFIRMED && (in.reason() == null || in.reason().isBlank())) {
            throw ApiException.badRequest("reason", "请填写" + action.label() + "的原因或说明");
        }
        LocalDate lastEvent = em.createQuery("select max(e.effectiveOn) from MemberEvent e where e.memberId = :id",
                LocalDate.class).setParameter("id", m.id).getSingleResult();
        Lifecycle.Outcome out;
        try {
            out = Lifecycle.apply(new Lifecycle.Facts(m.status, m.statusBefore, m.joinedOn, m.probationEndsOn,
                    m.probationExtended, lastEvent), new Lifecycle.Request(action, in.effectiveOn(), in.months(),
                    in.kind()), periods.today());
        } catch (Lifecycle.Refusal refusal) {
            if (refusal.wrongState()) {
                throw ApiException.conflict(refusal.code(), refusal.getMessage());
            }
            throw ApiException.unprocessable(refusal.code(), refusal.field(), refusal.getMessage());
        }
        if (!out.status().active()) {
            requireNoOpenTransfer(m, action.label());
        }
        Map<String, Object> before = m.snapshot();
        MemberStatus from = m.status;
        if (!out.status().active()) {
            closeMembership(m, in.effectiveOn()); // flushes: before the member changes, so its version moves once
        }
        m.status = out.status();
        m.statusBefore = out.statusBefore();
        m.leftKind = out.leftKind();
        m.probationExtended = out.probationExtended();
        if (out.fullOn() != null) {
            m.fullOn = out.fullOn();
        }
        if (out.probationEndsOn() != null) {
            m.probationEndsOn = out.probationEndsOn();
        }
        m.statusChangedOn = in.effectiveOn();
        m.updatedAt = Periods.now();
        if (out.status().active() && !from.active()) {
            requireActivePlacement(m);
            openMembership(m, in.effectiveOn(), action.label());
        }
        event(m, action, in.effectiveOn(), from, out.status(), out.leftKind(),
                action == MemberAction.PROBATION_EXTENDED ? in.months() : null, in.documentNumber(), in.reason());
        em.flush();
        audit.record("member." + action.name().toLowerCase().replace('_', '-'), "member", m.id,
                pathOf(m.organizationId), before, m.snapshot());
        return views(List.of(m), false).get(0);
    }

    // ---- for transfers (组织关系转接): the transfer feature checks which side the caller acts for ----

    /**
     * The member, locked until the transaction ends, whatever the caller's scope (for a feature that has
     * already checked which side the caller acts for, e.g. a transfer's receiver); 404 when missing.
     */
    public Member lockAnywhere(UUID id) {
        Member m = id == null ? null : em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw ApiException.notFound("党员不存在");
        }
        return m;
    }

    /** INTERNAL acceptance: the member moves to a branch (in the caller's subtree) on {@code on}. */
    public void transferIn(Member m, UUID branchId, UUID groupId, LocalDate on, String reason) {
        if (!m.status.active()) {
            throw ApiException.conflict("inactive-member", "该党员已" + m.status.label() + "，不能接收");
        }
        Placement to = placement(branchId, groupId);
        if (to.branch().id.equals(m.organizationId)) {
            throw ApiException.unprocessable("same-branch", "branchId", "该党员已在所选党支部");
        }
        Membership current = openMembership(m.id);
        LocalDate from = current != null && on.isBefore(current.fromOn) ? current.fromOn : on;
        Map<String, Object> before = m.snapshot();
        closeMembership(m, from);
        m.organizationId = to.branch().id;
        m.groupId = to.group() == null ? null : to.group().id;
        m.updatedAt = Periods.now();
        openMembership(m, from, reason);
        em.flush();
        audit.record("member.transfer-in", "member", m.id, to.branch().path, before, m.snapshot());
    }

    /** OUTGOING letter issued: the member leaves the roster (status TRANSFERRED_OUT) on {@code on}. */
    public void transferOut(Member m, LocalDate on) {
        if (!m.status.active()) {
            throw ApiException.conflict("inactive-member", "该党员已" + m.status.label() + "，不能转出");
        }
        Map<String, Object> before = m.snapshot();
        closeMembership(m, on);
        m.statusBefore = m.status;
        m.status = MemberStatus.TRANSFERRED_OUT;
        m.statusChangedOn = on;
        m.updatedAt = Periods.now();
        em.flush();
        audit.record("member.transfer-out", "member", m.id, pathOf(m.organizationId), before, m.snapshot());
    }

    /** An OUTGOING transfer withdrawn or returned after its letter: the member is back in their branch. */
    public void transferBack(Member m, LocalDate on, String reason) {
        if (m.status != MemberStatus.TRANSFERRED_OUT) {
            throw ApiException.conflict("inactive-member", "该党员现为" + m.status.label() + "，无法恢复到转出前的支部");
        }
        requireActivePlacement(m);
        Map<String, Object> before = m.snapshot();
        m.status = m.statusBefore == null ? MemberStatus.FULL : m.statusBefore;
        m.statusBefore = null;
        m.statusChangedOn = on;
        m.updatedAt = Periods.now();
        openMembership(m, on, reason);
        em.flush();
        audit.record("member.transfer-back", "member", m.id, pathOf(m.organizationId), before, m.snapshot());
    }

    /**
     * Checks a member record the way a registration does; problems are 422 with fields under {@code prefix}
     * (e.g. {@code member.idNumber}).
     */
    public MemberRecord checkRecord(MemberRecord record, String prefix) {
        return checked(record, periods.today(), true, prefix);
    }

    /**
     * INCOMING acceptance: registers the member the letter describes in a branch of the caller's subtree. A
     * member who once transferred out of this system comes back on the same record; anyone else with the
     * same 身份证号 is a conflict.
     */
    public Member admit(MemberRecord record, LocalDate probationEndsOn, UUID branchId, UUID groupId, LocalDate on,
            String reason) {
        MemberRecord r = checkRecord(record, "member.");
        Placement placement = placement(branchId, groupId);
        Member m = em.createQuery("from Member m where m.idNumber = :id", Member.class)
                .setParameter("id", r.idNumber()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        Map<String, Object> before = null;
        if (m != null && m.status != MemberStatus.TRANSFERRED_OUT) {
            throw ApiException.conflict("duplicate-id-number", "member.idNumber",
                    "该身份证号已登记（" + m.status.label() + "），不能再次转入");
        }
        if (m == null) {
            m = new Member();
            m.id = UUID.randomUUID();
            m.createdAt = Periods.now();
        } else {
            before = m.snapshot();
            m.statusBefore = null;
            m.statusChangedOn = on;
        }
        apply(m, r);
        m.status = r.status();
        m.fullOn = r.fullOn();
        m.probationEndsOn = r.status() != MemberStatus.PROBATIONARY ? null
                : probationEndsOn != null ? probationEndsOn : Lifecycle.probationEnd(r.joinedOn());
        m.probationExtended = r.status() == MemberStatus.PROBATIONARY
                && m.probationEndsOn.isAfter(Lifecycle.probationEnd(r.joinedOn()));
        m.organizationId = placement.branch().id;
        m.groupId = placement.group() == null ? null : placement.group().id;
        m.updatedAt = Periods.now();
        if (before == null) {
            m.persist();
        }
        openMembership(m, on, reason);
        em.flush();
        audit.record("member.transfer-in", "member", m.id, placement.branch().path, before, m.snapshot());
        return m;
    }

    /** The masked view of a member. */
    public MemberView view(Member m) {
        return views(List.of(m), false).get(0);
    }

    private void requireNoOpenTransfer(Member m, String what) {
        if (transfers.open(m.id)) {
            throw ApiException.conflict("transfer-open", "该党员的组织关系转接尚未办结，不能" + what + "；请先撤回或办结转接");
        }
    }

    // ---- shared helpers ----

    /** The member if their branch lies in the caller's subtree, else 404. */
    public Member require(UUID id) {
        return find(id, false);
    }

    private Member requireForUpdate(UUID id) {
        return find(id, true);
    }

    private Member find(UUID id, boolean lock) {
        if (id == null) {
            throw ApiException.notFound("党员不存在");
        }
        var query = em.createQuery("""
                select m from Member m, Organization o
                where m.id = :id and o.id = m.organizationId and o.path like :scope""", Member.class)
                .setParameter("id", id).setParameter("scope", caller.scope());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("党员不存在"));
    }

    /** Masked views of members, with their organizations resolved in one query. */
    List<MemberView> views(List<Member> members, boolean reveal) {
        Set<UUID> orgIds = new HashSet<>();
        for (Member m : members) {
            orgIds.add(m.organizationId);
            if (m.groupId != null) {
                orgIds.add(m.groupId);
            }
        }
        Map<UUID, OrgRef> refs = organizations.refs(orgIds);
        LocalDate today = periods.today();
        List<MemberView> out = new ArrayList<>(members.size());
        for (Member m : members) {
            out.add(new MemberView(m.id, m.name, m.gender, m.ethnicity, reveal ? m.birthDate : null,
                    Period.between(m.birthDate, today).getYears(),
                    reveal ? m.idNumber : IdNumber.mask(m.idNumber), reveal ? m.phone : PhoneNumber.mask(m.phone), reveal,
                    m.education, m.workUnit, m.jobTitle, m.address, m.joinedOn, m.fullOn,
                    m.status == MemberStatus.PROBATIONARY ? m.probationEndsOn : null, m.probationExtended, m.status,
                    m.leftKind, m.statusChangedOn, refs.get(m.organizationId),
                    m.groupId == null ? null : refs.get(m.groupId), m.registration, List.copyOf(m.categorySet()),
                    m.mobility == null ? null : new MobileDetails(m.mobility, m.mobilePlace, m.mobileOrganization,
                            m.mobileContact, m.mobileSince),
                    m.note, m.version, m.createdAt, m.updatedAt));
        }
        return out;
    }

    private String pathOf(UUID organizationId) {
        return em.find(Organization.class, organizationId).path;
    }

    /** A member coming back to the roster returns to their last branch (and 党小组), which must still exist. */
    private void requireActivePlacement(Member m) {
        Organization branch = em.find(Organization.class, m.organizationId);
        Organization group = m.groupId == null ? null : em.find(Organization.class, m.groupId);
        if (branch.archived() || !branch.type.isBranch() || (group != null && group.archived())) {
            throw ApiException.conflict("archived-placement", "该党员原所在的" + (branch.archived() ? "党支部" : "党小组")
                    + "已撤销，请先调整其所在支部后再恢复党籍");
        }
    }

    /** A branch (and optional 党小组 inside it) in the caller's subtree, named in a request body. */
    record Placement(Organization branch, Organization group) {}

    private Placement placement(UUID branchId, UUID groupId) {
        Organization branch = organizations.requireReferenced(branchId, "organizationId", "所在党支部");
        if (!branch.type.isBranch()) {
            throw ApiException.unprocessable("not-a-branch", "organizationId",
                    "党员应编入党支部或联合党支部，所选组织是" + branch.type.label());
        }
        return new Placement(branch, groupId == null ? null : group(branch, groupId, "groupId"));
    }

    private Organization group(Organization branch, UUID groupId, String field) {
        Organization group = organizations.requireReferenced(groupId, field, "党小组");
        if (group.type != OrgType.PARTY_GROUP || !branch.id.equals(group.parentId)) {
            throw ApiException.unprocessable("not-a-group-of-branch", field, "所选党小组不属于该党员所在的党支部");
        }
        return group;
    }

    /** The rules' names for the 流动 fields, as the request body spells them. */
    private static final Map<String, String> BODY_FIELDS = Map.of("mobility", "mobile.direction", "mobilePlace",
            "mobile.place", "mobileOrganization", "mobile.organization", "mobileContact", "mobile.contact",
            "mobileSince", "mobile.since");

    private static MemberRecord checked(MemberRecord record, LocalDate today, boolean creating) {
        return checked(record, today, creating, "");
    }

    /** The record as {@link MemberRules} corrects it, or 422 naming each bad field (after {@code prefix}). */
    private static MemberRecord checked(MemberRecord record, LocalDate today, boolean creating, String prefix) {
        MemberRules.Checked checked = MemberRules.check(record, today, creating);
        if (!checked.valid()) {
            List<FieldError> errors = checked.problems().stream()
                    .map(p -> FieldError.of(prefix + BODY_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                    .toList();
            throw ApiException.unprocessable("invalid-member", errors.get(0).message(), errors);
        }
        return checked.record();
    }

    private void requireUniqueIdNumber(String idNumber, UUID except) {
        Long clash = em.createQuery("""
                select count(m) from Member m where m.idNumber = :id and (:except is null or m.id <> :except)""",
                Long.class).setParameter("id", idNumber).setParameter("except", except).getSingleResult();
        if (clash > 0) {
            throw ApiException.conflict("duplicate-id-number", "idNumber", "该身份证号已登记（身份证号在全系统唯一）");
        }
    }

    private static void apply(Member m, MemberRecord r) {
        m.name = r.name();
        m.idNumber = r.idNumber();
        m.gender = r.gender();
        m.ethnicity = r.ethnicity();
        m.birthDate = r.birthDate();
        m.phone = r.phone();
        m.education = r.education();
        m.workUnit = r.workUnit();
        m.jobTitle = r.jobTitle();
        m.address = r.address();
        m.joinedOn = r.joinedOn();
        m.registration = r.registration();
        m.categorySet(r.categories());
        m.mobility = r.mobility();
        m.mobilePlace = r.mobilePlace();
        m.mobileOrganization = r.mobileOrganization();
        m.mobileContact = r.mobileContact();
        m.mobileSince = r.mobileSince();
        m.note = r.note();
    }

    private Membership openMembership(UUID memberId) {
        return em.createQuery("from Membership p where p.memberId = :id and p.toOn is null", Membership.class)
                .setParameter("id", memberId).getResultStream().findFirst().orElse(null);
    }

    private void openMembership(Member m, LocalDate from, String reason) {
        Membership p = new Membership();
        p.id = UUID.randomUUID();
        p.memberId = m.id;
        p.organizationId = m.organizationId;
        p.groupId = m.groupId;
        p.fromOn = from;
        p.reason = reason;
        p.recordedAt = Periods.now();
        p.persist();
    }

    private void closeMembership(Member m, LocalDate on) {
        Membership current = openMembership(m.id);
        if (current != null) {
            current.toOn = on.isBefore(current.fromOn) ? current.fromOn : on;
            em.flush(); // the partial unique index allows one open row: close before the next opens
        }
    }

    private void event(Member m, MemberAction kind, LocalDate on, MemberStatus from, MemberStatus to, LeaveKind leftKind,
            Integer months, String documentNumber, String reason) {
        MemberEvent e = new MemberEvent();
        e.id = UUID.randomUUID();
        e.memberId = m.id;
        e.kind = kind;
        e.effectiveOn = on;
        e.fromStatus = from;
        e.toStatus = to;
        e.leftKind = leftKind;
        e.months = months;
        e.documentNumber = MemberRules.blankToNull(documentNumber);
        e.reason = MemberRules.blankToNull(reason);
        e.recordedAt = Periods.now();
        e.recordedBy = caller.signature();
        e.persist();
    }

    private static void optionalIfMatch(String ifMatch, Member m) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.require(ifMatch, m.version);
        }
    }

    private static Mobility mobility(MobileDetails d) {
        return d == null ? null : d.direction();
    }

    private static String place(MobileDetails d) {
        return d == null ? null : d.place();
    }

    private static String mobileOrg(MobileDetails d) {
        return d == null ? null : d.organization();
    }

    private static String contact(MobileDetails d) {
        return d == null ? null : d.contact();
    }

    private static LocalDate since(MobileDetails d) {
        return d == null ? null : d.since();
    }
}
