package org.branchbook.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.ETags;
import org.branchbook.common.FieldError;
import org.branchbook.common.Periods;
import org.branchbook.member.IdNumber;
import org.branchbook.member.Member;
import org.branchbook.member.MemberRecord;
import org.branchbook.member.MemberService;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/**
 * Owns the transfer workflow: requests, each move of {@link TransferMove} by the side whose turn it is,
 * the letters, and what the moves do to the member (moved on acceptance, off the roster while an
 * outgoing letter is out, registered when an incoming one is accepted), all in one transaction.
 */
@ApplicationScoped
public class TransferService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final Periods periods;
    private final MemberService members;
    private final OrganizationService organizations;
    private final LetterPolicy letters;
    private final TransferRules rules;
    private final TransferGuard guard;
    private final org.branchbook.dues.DuesBooks dues;

    public TransferService(EntityManager em, Caller caller, AuditLog audit, Periods periods, MemberService members,
            OrganizationService organizations, TransferConfig config, TransferGuard guard,
            org.branchbook.dues.DuesBooks dues) {
        this.dues = dues;
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.periods = periods;
        this.members = members;
        this.organizations = organizations;
        this.letters = config.letterPolicy();
        this.rules = config.rules();
        this.guard = guard;
    }

    // ---- reads ----

    @Transactional
    public TransferView get(UUID id) {
        Transfer t = id == null ? null : em.find(Transfer.class, id);
        if (t == null || !visible(t)) {
            throw notFound();
        }
        return view(t);
    }

    /** Views of transfers, with their letters, steps, organizations and members loaded in a few queries. */
    List<TransferView> views(List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = transfers.stream().map(t -> t.id).toList();
        Map<UUID, List<TransferLetter>> lettersOf = new HashMap<>();
        em.createQuery("from TransferLetter l where l.transferId in :ids order by l.recordedAt desc", TransferLetter.class)
                .setParameter("ids", ids).getResultList()
                .forEach(l -> lettersOf.computeIfAbsent(l.transferId, k -> new ArrayList<>()).add(l));
        Map<UUID, List<TransferStep>> stepsOf = new HashMap<>();
        em.createQuery("from TransferStep s where s.transferId in :ids order by s.at", TransferStep.class)
                .setParameter("ids", ids).getResultList()
                .forEach(s -> stepsOf.computeIfAbsent(s.transferId, k -> new ArrayList<>()).add(s));
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> memberIds = new HashSet<>();
        for (Transfer t : transfers) {
            Arrays.asList(t.fromOrganizationId, t.toOrganizationId, t.approverOrganizationId, t.assignedBranchId,
                    t.assignedGroupId).forEach(o -> {
                        if (o != null) {
                            orgIds.add(o);
                        }
                    });
            if (t.memberId != null) {
                memberIds.add(t.memberId);
            }
        }
        Map<UUID, Organization> orgs = orgs(orgIds);
        Map<UUID, Member> people = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("from Member m where m.id in :ids", Member.class).setParameter("ids", memberIds)
                    .getResultList().forEach(m -> people.put(m.id, m));
        }
        LocalDate today = periods.today();
        List<TransferView> out = new ArrayList<>(transfers.size());
        for (Transfer t : transfers) {
            List<TransferLetter> ls = lettersOf.getOrDefault(t.id, List.of());
            TransferLetter current = ls.stream().filter(l -> l.supersededOn == null).findFirst().orElse(null);
            List<TransferView.Step> steps = stepsOf.getOrDefault(t.id, List.of()).stream()
                    .map(s -> new TransferView.Step(s.move, s.fromState, s.toState, s.note, s.at, s.byName)).toList();
            out.add(new TransferView(t.id, t.scope, t.state, TransferMove.waitingFor(t.scope, t.state), member(t, people.get(t.memberId)),
                    end(orgs.get(t.fromOrganizationId), t.fromName, t.fromRegion), ref(orgs.get(t.approverOrganizationId)),
                    end(orgs.get(t.toOrganizationId), t.toName, t.toRegion), t.inCity,
                    ref(orgs.get(t.assignedBranchId)), ref(orgs.get(t.assignedGroupId)), t.reason, t.duesPaidTo,
                    t.requestedOn, t.completedOn, current == null ? null : letterView(current, today),
                    ls.stream().map(l -> letterView(l, today)).toList(), steps,
                    rules.overdue(t.scope, t.state, t.requestedOn, current == null ? null : current.lastValidOn,
                            current == null ? null : current.receiptDueOn, today),
                    actions(t, orgs), t.version, t.createdAt, t.createdBy, t.updatedAt));
        }
        return out;
    }

    TransferView view(Transfer t) {
        return views(List.of(t)).get(0);
    }

    /** The printable 介绍信 (HTML); the 身份证号 and phone are masked unless revealed (audited). */
    @Transactional
    public String letterPage(UUID id, boolean reveal) {
        caller.requireReveal(reveal);
        Transfer t = id == null ? null : em.find(Transfer.class, id);
        if (t == null || !visible(t)) {
            throw notFound();
        }
        List<TransferLetter> ls = em.createQuery(
                "from TransferLetter l where l.transferId = :id order by l.recordedAt desc", TransferLetter.class)
                .setParameter("id", t.id).getResultList();
        if (ls.isEmpty()) {
            throw ApiException.conflict("no-letter", "介绍信在审批通过后开具，该转接尚未审批");
        }
        TransferLetter l = ls.stream().filter(x -> x.supersededOn == null).findFirst().orElse(ls.get(0));
        Member m = t.memberId == null ? null : em.find(Member.class, t.memberId);
        String idNumber = m != null ? m.idNumber : t.memberIdNumber;
        String phone = m != null ? m.phone : t.memberPhone;
        LocalDate birth = m != null ? m.birthDate : t.memberBirthDate;
        IdNumber.Gender gender = m != null ? m.gender : t.memberGender;
        Map<UUID, Organization> orgs = orgs(Arrays.asList(t.fromOrganizationId, t.toOrganizationId,
                t.approverOrganizationId).stream().filter(java.util.Objects::nonNull).toList());
        String from = t.fromOrganizationId != null ? orgs.get(t.fromOrganizationId).name : place(t.fromName, t.fromRegion);
        String to = t.toOrganizationId != null ? orgs.get(t.toOrganizationId).name : place(t.toName, t.toRegion);
        String issuer = t.approverOrganizationId != null ? orgs.get(t.approverOrganizationId).name : t.fromName;
        if (reveal) {
            audit.record("transfer.letter-reveal", "transfer", t.id, caller.path(), null,
                    Map.of("fields", List.of("idNumber", "phone")));
        }
        return IntroductionLetter.html(new IntroductionLetter.Content(l.number, l.issuedHere, t.memberName,
                gender == null ? null : gender == IdNumber.Gender.MALE ? "男" : "女",
                birth == null ? null : java.time.Period.between(birth, l.issuedOn).getYears(),
                m != null ? m.ethnicity : t.memberEthnicity,
                m == null ? t.memberStatus : m.status == MemberStatus.TRANSFERRED_OUT ? m.statusBefore : m.status,
                m != null && m.status == MemberStatus.PROBATIONARY ? m.probationEndsOn : t.memberProbationEndsOn,
                reveal ? idNumber : IdNumber.mask(idNumber),
                reveal ? phone : org.branchbook.member.PhoneNumber.mask(phone), from, to, issuer, l.duesPaidTo,
                l.issuedOn, l.validDays, l.lastValidOn, l.receiptDueOn, l.supersededOn != null));
    }

    private static String place(String name, String region) {
        return region == null || region.isBlank() ? name : name + "（" + region + "）";
    }

    // ---- create ----

    @Transactional
    public TransferView create(TransferCreate in) {
        LocalDate today = periods.today();
        Transfer t = new Transfer();
        t.id = UUID.randomUUID();
        t.scope = in.scope();
        t.reason = in.reason().strip();
        t.duesPaidTo = in.duesPaidTo();
        t.requestedOn = today;
        t.createdAt = Periods.now();
        t.updatedAt = t.createdAt;
        t.createdBy = caller.signature();
        TransferMove.Rule rule = TransferMove.REQUEST.rule(t.scope, null);
        t.state = rule.to();
        String scopePath;
        TransferLetter incomingLetter = null;
        if (t.scope == TransferScope.INCOMING) {
            if (t.duesPaidTo == null) {
                throw ApiException.unprocessable("invalid-transfer", "duesPaidTo", "请填写介绍信上的党费交至年月");
            }
            scopePath = incoming(t, in, today);
            incomingLetter = recordIncomingLetter(t, in.letter().number(), in.letter().issuedOn(),
                    in.letter().validDays(), t.duesPaidTo, today);
        } else {
            scopePath = outgoingOrInternal(t, in);
        }
        t.persist();
        em.flush(); // the one-open-transfer indexes answer a concurrent request with 409
        if (incomingLetter != null) {
            incomingLetter.persist();
        }
        step(t, TransferMove.REQUEST, null, t.state, null);
        em.flush();
        audit.record("transfer.request", "transfer", t.id, scopePath, null, summary(t));
        return view(t);
    }

    /** INTERNAL or OUTGOING: the source branch asks to send one of its members. Returns the audit scope. */
    private String outgoingOrInternal(Transfer t, TransferCreate in) {
        if (in.memberId() == null) {
            throw ApiException.unprocessable("invalid-transfer", "memberId", "请选择要转接的党员");
        }
        members.require(in.memberId()); // 404 outside the caller's subtree
        Member m = members.lockAnywhere(in.memberId());
        if (!m.status.active()) {
            throw ApiException.conflict("inactive-member", "该党员已" + m.status.label() + "，不能办理组织关系转接");
        }
        if (m.registration == Registration.REPORTING) {
            throw ApiException.unprocessable("not-registered", "memberId",
                    "在职党员到社区报到的党员组织关系不在本社区，应由其组织关系所在党组织办理转接");
        }
        requireNoOpenTransfer(m.id);
        Organization from = em.find(Organization.class, m.organizationId);
        Organization approver = approverOf(from);
        t.memberId = m.id;
        t.memberName = m.name;
        t.memberStatus = m.status;
        t.memberJoinedOn = m.joinedOn;
        t.fromOrganizationId = from.id;
        t.approverOrganizationId = approver.id;
        if (t.duesPaidTo == null) {
            t.duesPaidTo = dues.paidThrough(m.id).map(java.time.YearMonth::toString).orElseThrow(() ->
                    ApiException.unprocessable("invalid-transfer", "duesPaidTo", "党费台账中没有该党员的交纳记录，请填写党费交至年月"));
        }
        if (t.scope == TransferScope.INTERNAL) {
            Organization to = destination(in.toOrganizationId(), from);
            t.toOrganizationId = to.id;
            t.inCity = true;
        } else {
            List<FieldError> missing = new ArrayList<>();
            if (blank(in.toName())) {
                missing.add(FieldError.of("toName", "请填写接收党组织名称"));
            }
            if (blank(in.toRegion())) {
                missing.add(FieldError.of("toRegion", "请填写接收党组织所在地区"));
            }
            if (!missing.isEmpty()) {
                throw ApiException.unprocessable("invalid-transfer", missing.get(0).message(), missing);
            }
            t.toName = in.toName().strip();
            t.toRegion = in.toRegion().strip();
            t.inCity = Boolean.TRUE.equals(in.inCity());
        }
        return from.path;
    }

    /** INCOMING: the receiver registers the letter a member brought from elsewhere. Returns the audit scope. */
    private String incoming(Transfer t, TransferCreate in, LocalDate today) {
        List<FieldError> missing = new ArrayList<>();
        if (in.toOrganizationId() == null) {
            missing.add(FieldError.of("toOrganizationId", "请选择接收党组织"));
        }
        if (blank(in.fromName())) {
            missing.add(FieldError.of("fromName", "请填写开具介绍信的党组织"));
        }
        if (in.member() == null) {
            missing.add(FieldError.of("member", "请填写介绍信上的党员信息"));
        }
        if (in.letter() == null) {
            missing.add(FieldError.of("letter", "请填写介绍信编号、开具日期和有效期"));
        }
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable("invalid-transfer", missing.get(0).message(), missing);
        }
        Organization to = organizations.requireReferenced(in.toOrganizationId(), "toOrganizationId", "接收党组织");
        if (to.type == OrgType.PARTY_GROUP) {
            throw ApiException.unprocessable("invalid-destination", "toOrganizationId", "党小组不能接收组织关系，请选择党支部或其上级党组织");
        }
        IncomingMember p = in.member();
        if (p.status() != MemberStatus.PROBATIONARY && p.status() != MemberStatus.FULL) {
            throw ApiException.unprocessable("invalid-member", "member.status", "转入的党员应为预备党员或正式党员");
        }
        MemberRecord r = members.checkRecord(record(p), "member.");
        if (p.status() == MemberStatus.PROBATIONARY && p.probationEndsOn() != null
                && (p.probationEndsOn().isBefore(r.joinedOn()) || p.probationEndsOn().isAfter(r.joinedOn().plusYears(2)))) {
            throw ApiException.unprocessable("invalid-member", "member.probationEndsOn", "预备期满日期应在入党日期后两年以内");
        }
        Member existing = em.createQuery("from Member m where m.idNumber = :id", Member.class)
                .setParameter("id", r.idNumber()).getResultStream().findFirst().orElse(null);
        if (existing != null && existing.status != MemberStatus.TRANSFERRED_OUT) {
            throw ApiException.conflict("duplicate-id-number", "member.idNumber",
                    "该身份证号已登记（" + existing.status.label() + "），不能登记转入");
        }
        Long open = em.createQuery("""
                select count(t) from Transfer t where t.memberIdNumber = :id and t.state in :open""", Long.class)
                .setParameter("id", r.idNumber()).setParameter("open", OPEN).getSingleResult();
        if (open > 0) {
            throw ApiException.conflict("transfer-open", "member.idNumber", "该身份证号已有未办结的转入");
        }
        t.toOrganizationId = to.id;
        t.fromName = in.fromName().strip();
        t.fromRegion = blank(in.fromRegion()) ? null : in.fromRegion().strip();
        t.inCity = Boolean.TRUE.equals(in.inCity());
        t.memberName = r.name();
        t.memberIdNumber = r.idNumber();
        t.memberGender = r.gender();
        t.memberEthnicity = r.ethnicity();
        t.memberBirthDate = r.birthDate();
        t.memberPhone = r.phone();
        t.memberEducation = r.education();
        t.memberWorkUnit = r.workUnit();
        t.memberJobTitle = r.jobTitle();
        t.memberAddress = r.address();
        t.memberJoinedOn = r.joinedOn();
        t.memberFullOn = r.fullOn();
        t.memberStatus = r.status();
        t.memberProbationEndsOn = r.status() == MemberStatus.PROBATIONARY ? p.probationEndsOn() : null;
        return to.path;
    }

    // ---- moves ----

    @Transactional
    public TransferView approve(UUID id, String ifMatch, TransferApproval in) {
        Transfer t = lock(id, ifMatch);
        TransferMove.Rule rule = allowed(t, TransferMove.APPROVE);
        LocalDate today = periods.today();
        if (in.duesPaidTo() != null) {
            t.duesPaidTo = in.duesPaidTo();
        } else {
            // payments made since the request move 党费交至 on
            dues.paidThrough(t.memberId).map(java.time.YearMonth::toString)
                    .filter(paid -> paid.compareTo(t.duesPaidTo) > 0).ifPresent(paid -> t.duesPaidTo = paid);
        }
        if (t.scope == TransferScope.OUTGOING) {
            members.transferOut(members.lockAnywhere(t.memberId), today); // the member leaves with the letter
        } else {
            requireActive(members.lockAnywhere(t.memberId));
        }
        issueLetter(t, today, in.validDays());
        return moved(t, TransferMove.APPROVE, rule, in.note());
    }

    @Transactional
    public TransferView accept(UUID id, String ifMatch, TransferAcceptance in) {
        Transfer t = lock(id, ifMatch);
        TransferMove.Rule rule = allowed(t, TransferMove.ACCEPT);
        LocalDate today = periods.today();
        TransferLetter letter = currentLetter(t);
        if (!LetterPolicy.validOn(letter.lastValidOn, today)) {
            throw ApiException.unprocessable("letter-expired", "介绍信 " + letter.number + " 已过期（有效期至 "
                    + letter.lastValidOn + "），不能接收；请" + (t.scope == TransferScope.INCOMING
                            ? "联系原党组织重开介绍信" : "审批党委重开介绍信") + "，或退回", List.of());
        }
        LocalDate on = in.effectiveOn() == null ? today : in.effectiveOn();
        if (on.isAfter(today)) {
            throw ApiException.unprocessable("date-in-future", "effectiveOn", "接收日期不能晚于今天");
        }
        if (on.isBefore(letter.issuedOn)) {
            throw ApiException.unprocessable("before-letter", "effectiveOn", "接收日期不能早于介绍信开具日期（" + letter.issuedOn + "）");
        }
        Organization receiver = em.find(Organization.class, t.toOrganizationId);
        Organization branch = organizations.requireReferenced(in.branchId(), "branchId", "党支部");
        if (!branch.path.startsWith(receiver.path)) {
            throw ApiException.unprocessable("outside-receiver", "branchId", "请选择" + receiver.name + "（含下级）的党支部");
        }
        String reason = "组织关系转入（介绍信 " + letter.number + "）";
        if (t.scope == TransferScope.INTERNAL) {
            members.transferIn(members.lockAnywhere(t.memberId), in.branchId(), in.groupId(), on, reason);
        } else {
            Member m = members.admit(incomingRecord(t), t.memberProbationEndsOn, in.branchId(), in.groupId(), on, reason);
            t.memberId = m.id;
        }
        t.assignedBranchId = in.branchId();
        t.assignedGroupId = in.groupId();
        t.completedOn = on;
        return moved(t, TransferMove.ACCEPT, rule, in.note());
    }

    @Transactional
    public TransferView confirmReceipt(UUID id, String ifMatch, ReceiptConfirmation in) {
        Transfer t = lock(id, ifMatch);
        TransferMove.Rule rule = allowed(t, TransferMove.CONFIRM_RECEIPT);
        TransferLetter letter = currentLetter(t);
        if (in.receivedOn().isAfter(periods.today())) {
            throw ApiException.unprocessable("date-in-future", "receivedOn", "回执收到日期不能晚于今天");
        }
        if (in.receivedOn().isBefore(letter.issuedOn)) {
            throw ApiException.unprocessable("before-letter", "receivedOn", "回执收到日期不能早于介绍信开具日期（" + letter.issuedOn + "）");
        }
        t.completedOn = in.receivedOn();
        return moved(t, TransferMove.CONFIRM_RECEIPT, rule, in.note());
    }

    @Transactional
    public TransferView returnTransfer(UUID id, String ifMatch, TransferReason in) {
        return end(id, ifMatch, TransferMove.RETURN, in.reason().strip(), "转出介绍信被退回");
    }

    @Transactional
    public TransferView withdraw(UUID id, String ifMatch, TransferReason in) {
        return end(id, ifMatch, TransferMove.WITHDRAW, in.reason().strip(), "转出撤回");
    }

    /** 退回 or 撤回: an outgoing member whose letter was out comes back to their branch. */
    private TransferView end(UUID id, String ifMatch, TransferMove move, String reason, String backReason) {
        Transfer t = lock(id, ifMatch);
        TransferMove.Rule rule = allowed(t, move);
        if (t.scope == TransferScope.OUTGOING && t.state == TransferState.ISSUED) {
            members.transferBack(members.lockAnywhere(t.memberId), periods.today(), backReason);
        }
        return moved(t, move, rule, reason);
    }

    @Transactional
    public TransferView reissue(UUID id, String ifMatch, LetterReissue in) {
        Transfer t = lock(id, ifMatch);
        TransferMove.Rule rule = allowed(t, TransferMove.REISSUE);
        LocalDate today = periods.today();
        TransferLetter old = currentLetter(t);
        if (in.duesPaidTo() != null) {
            t.duesPaidTo = in.duesPaidTo();
        }
        if (t.scope == TransferScope.INCOMING) {
            List<FieldError> missing = new ArrayList<>();
            if (blank(in.number())) {
                missing.add(FieldError.of("number", "请填写新介绍信的编号"));
            }
            if (in.issuedOn() == null) {
                missing.add(FieldError.of("issuedOn", "请填写新介绍信的开具日期"));
            }
            if (!missing.isEmpty()) {
                throw ApiException.unprocessable("invalid-letter", missing.get(0).message(), missing);
            }
            TransferLetter next = recordIncomingLetter(t, in.number(), in.issuedOn(), in.validDays(), t.duesPaidTo, today);
            supersede(old, today, in.reason());
            next.persist();
        } else {
            supersede(old, today, in.reason());
            issueLetter(t, today, in.validDays());
        }
        return moved(t, TransferMove.REISSUE, rule, in.reason().strip());
    }

    // ---- helpers: moves ----

    /** The transfer, locked for this move, if the caller can see it; If-Match, when sent, must match. */
    private Transfer lock(UUID id, String ifMatch) {
        Transfer t = id == null ? null : em.find(Transfer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !visible(t)) {
            throw notFound();
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.require(ifMatch, t.version);
        }
        return t;
    }

    /** The move's rule for this transfer now: 409 when its state does not allow it, 403 when it is not the caller's turn. */
    private TransferMove.Rule allowed(Transfer t, TransferMove move) {
        TransferMove.Rule rule = move.rule(t.scope, t.state);
        if (rule == null) {
            throw ApiException.conflict("transfer-state", "该转接" + t.state.label() + "，不能" + move.label());
        }
        Organization party = em.find(Organization.class, partyId(t, rule.party()));
        if (!caller.canWrite() || !caller.covers(party.path)) {
            throw ApiException.forbidden("这一步应由" + rule.party().label() + "（" + party.name + "）或其上级办理");
        }
        return rule;
    }

    private TransferView moved(Transfer t, TransferMove move, TransferMove.Rule rule, String note) {
        TransferState from = t.state;
        t.state = rule.to();
        t.updatedAt = Periods.now();
        step(t, move, from, t.state, note);
        em.flush();
        Organization party = em.find(Organization.class, partyId(t, rule.party()));
        audit.record("transfer." + move.name().toLowerCase().replace('_', '-'), "transfer", t.id, party.path,
                Map.<String, Object>of("state", from),
                Map.<String, Object>of("state", t.state, "note", note == null ? "" : note.strip()));
        return view(t);
    }

    private void step(Transfer t, TransferMove move, TransferState from, TransferState to, String note) {
        TransferStep s = new TransferStep();
        s.id = UUID.randomUUID();
        s.transferId = t.id;
        s.move = move;
        s.fromState = from;
        s.toState = to;
        s.note = blank(note) ? null : note.strip();
        s.at = Periods.now();
        s.byName = caller.signature();
        s.persist();
    }

    /** A letter issued here, today, numbered from the sequence. */
    private void issueLetter(Transfer t, LocalDate today, Integer validDays) {
        int days = validDays(validDays, t, "validDays");
        TransferLetter l = new TransferLetter();
        l.id = UUID.randomUUID();
        l.transferId = t.id;
        long seq = ((Number) em.createNativeQuery("select nextval('transfer_letter_seq')").getSingleResult()).longValue();
        l.number = String.format("ZJ%d%06d", today.getYear(), seq);
        l.issuedHere = true;
        l.issuedOn = today;
        l.validDays = days;
        l.lastValidOn = letters.lastValidOn(today, days);
        l.receiptDueOn = t.scope == TransferScope.OUTGOING ? letters.receiptDueOn(l.lastValidOn) : null;
        l.duesPaidTo = t.duesPaidTo;
        l.recordedAt = Periods.now();
        l.recordedBy = caller.signature();
        l.persist();
    }

    /** The letter an incoming member brought (not yet persisted). */
    private TransferLetter recordIncomingLetter(Transfer t, String number, LocalDate issuedOn, Integer validDays,
            String duesPaidTo, LocalDate today) {
        if (issuedOn.isAfter(today)) {
            throw ApiException.unprocessable("date-in-future", "letter.issuedOn", "介绍信开具日期不能晚于今天");
        }
        int days = validDays(validDays, t, "letter.validDays");
        TransferLetter l = new TransferLetter();
        l.id = UUID.randomUUID();
        l.transferId = t.id;
        l.number = number.strip();
        l.issuedHere = false;
        l.issuedOn = issuedOn;
        l.validDays = days;
        l.lastValidOn = letters.lastValidOn(issuedOn, days);
        l.duesPaidTo = duesPaidTo;
        l.recordedAt = Periods.now();
        l.recordedBy = caller.signature();
        return l;
    }

    private int validDays(Integer requested, Transfer t, String field) {
        int days = requested == null ? letters.defaultDays(t.scope, t.inCity) : requested;
        String problem = letters.problem(days);
        if (problem != null) {
            throw ApiException.unprocessable("invalid-letter", field, problem);
        }
        return days;
    }

    private void supersede(TransferLetter old, LocalDate today, String reason) {
        old.supersededOn = today;
        old.supersedeReason = reason.strip();
        em.flush(); // one current letter per transfer: retire the old one before the new one is written
    }

    private TransferLetter currentLetter(Transfer t) {
        return em.createQuery("from TransferLetter l where l.transferId = :id and l.supersededOn is null", TransferLetter.class)
                .setParameter("id", t.id).getSingleResult();
    }

    private static void requireActive(Member m) {
        if (!m.status.active()) {
            throw ApiException.conflict("inactive-member", "该党员已" + m.status.label() + "，不能继续办理转接；请退回");
        }
    }

    private void requireNoOpenTransfer(UUID memberId) {
        if (guard.open(memberId)) {
            throw ApiException.conflict("transfer-open", "memberId", "该党员已有未办结的组织关系转接");
        }
    }

    static final List<TransferState> OPEN = Arrays.stream(TransferState.values()).filter(TransferState::open).toList();

    // ---- helpers: organizations and sides ----

    /** The organization whose subtree takes a step for this side. */
    private static UUID partyId(Transfer t, TransferParty party) {
        return switch (party) {
            case SOURCE -> t.fromOrganizationId;
            case APPROVER -> t.approverOrganizationId;
            case RECEIVER -> t.toOrganizationId;
        };
    }

    /** The caller sees a transfer when either end lies in its subtree. */
    private boolean visible(Transfer t) {
        for (UUID end : new UUID[] {t.fromOrganizationId, t.toOrganizationId}) {
            if (end != null && caller.covers(em.find(Organization.class, end).path)) {
                return true;
            }
        }
        return false;
    }

    /** The moves the caller may take now: allowed in this state, and the caller writes for that side. */
    private List<TransferMove> actions(Transfer t, Map<UUID, Organization> orgs) {
        if (!caller.canWrite()) {
            return List.of();
        }
        return TransferMove.available(t.scope, t.state).stream().filter(m -> {
            Organization party = orgs.get(partyId(t, m.rule(t.scope, t.state).party()));
            return party != null && caller.covers(party.path);
        }).toList();
    }

    /** The nearest ancestor of the branch that holds approval rights (transfers.approval.approver-types). */
    private Organization approverOf(Organization branch) {
        List<UUID> ancestors = new ArrayList<>(Arrays.stream(branch.path.split("/")).filter(s -> !s.isEmpty())
                .map(UUID::fromString).filter(id -> !id.equals(branch.id)).toList());
        java.util.Collections.reverse(ancestors);
        Map<UUID, Organization> orgs = orgs(ancestors);
        List<Organization> chain = ancestors.stream().map(orgs::get).toList();
        int i = rules.approverIndex(chain.stream().map(o -> o.type).toList());
        if (i < 0) {
            throw ApiException.unprocessable("no-approver", "memberId", "该党员所在支部的上级中没有可审批转接的党委");
        }
        return chain.get(i);
    }

    /** An INTERNAL destination: an active organization of the same street that can hold branches or is one. */
    private Organization destination(UUID id, Organization from) {
        if (id == null) {
            throw ApiException.unprocessable("invalid-transfer", "toOrganizationId", "请选择接收党组织");
        }
        Organization to = em.find(Organization.class, id);
        if (to == null || to.archived() || !to.path.startsWith(rootPath(from.path))) {
            throw ApiException.unprocessable("invalid-destination", "toOrganizationId", "接收党组织不存在、已撤销或不在本街道；"
                    + "转往本街道以外的党组织请选择“转出”");
        }
        if (to.type == OrgType.PARTY_GROUP) {
            throw ApiException.unprocessable("invalid-destination", "toOrganizationId", "党小组不能接收组织关系，请选择党支部或其上级党组织");
        }
        if (to.id.equals(from.id)) {
            throw ApiException.unprocessable("same-branch", "toOrganizationId", "接收党组织就是该党员所在支部");
        }
        return to;
    }

    /** The path of the street (root) an organization path lies in. */
    static String rootPath(String path) {
        String[] parts = path.split("/");
        return parts.length < 2 ? "/" : "/" + parts[1] + "/";
    }

    private Map<UUID, Organization> orgs(Collection<UUID> ids) {
        Map<UUID, Organization> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Organization o where o.id in :ids", Organization.class).setParameter("ids", ids)
                    .getResultList().forEach(o -> out.put(o.id, o));
        }
        return out;
    }

    // ---- helpers: views ----

    private TransferView.Member member(Transfer t, Member m) {
        if (m != null) {
            // the member as they are now (e.g. TRANSFERRED_OUT once an outgoing letter is issued)
            return new TransferView.Member(m.id, m.name, m.gender, IdNumber.mask(m.idNumber), m.status,
                    t.memberJoinedOn, m.status == MemberStatus.PROBATIONARY ? m.probationEndsOn : null,
                    rules.recentlyAdmitted(t.memberJoinedOn, t.requestedOn));
        }
        return new TransferView.Member(null, t.memberName, t.memberGender, IdNumber.mask(t.memberIdNumber),
                t.memberStatus, t.memberJoinedOn, t.memberStatus == MemberStatus.PROBATIONARY
                        ? (t.memberProbationEndsOn != null ? t.memberProbationEndsOn
                                : org.branchbook.member.Lifecycle.probationEnd(t.memberJoinedOn)) : null,
                rules.recentlyAdmitted(t.memberJoinedOn, t.requestedOn));
    }

    private static TransferView.End end(Organization o, String name, String region) {
        return o == null ? new TransferView.End(null, name == null ? "" : name, region)
                : new TransferView.End(OrgRef.of(o), o.name, null);
    }

    private static OrgRef ref(Organization o) {
        return o == null ? null : OrgRef.of(o);
    }

    static LetterView letterView(TransferLetter l, LocalDate today) {
        return new LetterView(l.number, l.issuedHere, l.issuedOn, l.validDays, l.lastValidOn, l.receiptDueOn,
                l.duesPaidTo, !LetterPolicy.validOn(l.lastValidOn, today), l.supersededOn, l.supersedeReason);
    }

    // ---- helpers: the member on an incoming letter ----

    private static MemberRecord record(IncomingMember p) {
        return new MemberRecord(p.name(), p.idNumber(), p.gender(), p.ethnicity(), null, p.phone(), p.education(),
                p.workUnit(), p.jobTitle(), p.address(), p.joinedOn(), p.fullOn(), p.status(), Registration.REGISTERED,
                Set.of(), null, null, null, null, null, null);
    }

    private static MemberRecord incomingRecord(Transfer t) {
        return new MemberRecord(t.memberName, t.memberIdNumber, t.memberGender, t.memberEthnicity, t.memberBirthDate,
                t.memberPhone, t.memberEducation, t.memberWorkUnit, t.memberJobTitle, t.memberAddress,
                t.memberJoinedOn, t.memberFullOn, t.memberStatus, Registration.REGISTERED, Set.of(), null, null, null,
                null, null, null);
    }

    private static Map<String, Object> summary(Transfer t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", t.scope);
        out.put("state", t.state);
        out.put("memberId", t.memberId);
        out.put("memberName", t.memberName);
        out.put("fromOrganizationId", t.fromOrganizationId);
        out.put("fromName", t.fromName);
        out.put("toOrganizationId", t.toOrganizationId);
        out.put("toName", t.toName);
        out.put("reason", t.reason);
        out.put("duesPaidTo", t.duesPaidTo);
        return out;
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ApiException notFound() {
        return ApiException.notFound("转接不存在");
    }
}
