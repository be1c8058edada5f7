package org.branchbook.demo;

import static org.branchbook.transfer.TransferScope.INCOMING;
import static org.branchbook.transfer.TransferScope.INTERNAL;
import static org.branchbook.transfer.TransferScope.OUTGOING;
import static org.branchbook.transfer.TransferState.COMPLETED;
import static org.branchbook.transfer.TransferState.ISSUED;
import static org.branchbook.transfer.TransferState.REQUESTED;
import static org.branchbook.transfer.TransferState.RETURNED;
import static org.branchbook.transfer.TransferState.WITHDRAWN;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.branchbook.common.db.CopyStream;
import org.branchbook.demo.StreetPlan.Kind;
import org.branchbook.demo.StreetPlan.Org;
import org.branchbook.demo.StreetPlan.Person;
import org.branchbook.member.Lifecycle;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Registration;
import org.branchbook.transfer.TransferMove;
import org.branchbook.transfer.TransferScope;
import org.branchbook.transfer.TransferState;

/**
 * 组织关系转接 for the demo street: transfers in every scope and state, each with the letters and steps
 * {@code TransferService} would have written, and what they did to the member (moved to another branch on
 * acceptance, off the roster once an outgoing letter was issued, registered when an incoming one was accepted).
 * A few are late: waiting for approval more than 7 days, letters expired unaccepted, 回执 overdue.
 */
final class TransferHistory {

    private static final long SEED = 20_260_704L;
    /** Letters last this many days (the default configuration): in the city, elsewhere. */
    private static final int IN_CITY_DAYS = 10;
    private static final int ELSEWHERE_DAYS = 30;

    /** The transfers by share of {@link DemoSize#transfers}: scope, state, and what is late about them. */
    enum Case {
        INTERNAL_WAITING(INTERNAL, REQUESTED, 0.08),
        INTERNAL_APPROVAL_OVERDUE(INTERNAL, REQUESTED, 0.05),
        INTERNAL_ISSUED(INTERNAL, ISSUED, 0.07),
        INTERNAL_LETTER_EXPIRED(INTERNAL, ISSUED, 0.04),
        INTERNAL_COMPLETED(INTERNAL, COMPLETED, 0.24),
        INTERNAL_RETURNED_BY_APPROVER(INTERNAL, RETURNED, 0.04),
        INTERNAL_RETURNED_BY_RECEIVER(INTERNAL, RETURNED, 0.03),
        INTERNAL_WITHDRAWN(INTERNAL, WITHDRAWN, 0.04),
        OUTGOING_WAITING(OUTGOING, REQUESTED, 0.04),
        OUTGOING_RECEIPT_PENDING(OUTGOING, ISSUED, 0.05),
        OUTGOING_RECEIPT_MISSING(OUTGOING, ISSUED, 0.04),
        OUTGOING_COMPLETED(OUTGOING, COMPLETED, 0.10),
        OUTGOING_WITHDRAWN(OUTGOING, WITHDRAWN, 0.02),
        INCOMING_WAITING(INCOMING, ISSUED, 0.04),
        INCOMING_LETTER_EXPIRED(INCOMING, ISSUED, 0.02),
        INCOMING_COMPLETED(INCOMING, COMPLETED, 0.08),
        INCOMING_WITHDRAWN(INCOMING, WITHDRAWN, 0.01),
        INCOMING_RETURNED(INCOMING, RETURNED, 0.01);

        final TransferScope scope;
        final TransferState state;
        final double share;

        Case(TransferScope scope, TransferState state, double share) {
            this.scope = scope;
            this.state = state;
            this.share = share;
        }

        /** Approved by the committee: a letter was issued here. */
        boolean approved() {
            return scope != INCOMING
                    && (state == ISSUED || state == COMPLETED || this == INTERNAL_RETURNED_BY_RECEIVER);
        }
    }

    /** One transfer as planned. */
    static final class Planned {
        Case kase;
        UUID id;
        /** The member (INTERNAL, OUTGOING, an accepted INCOMING) or the person an incoming letter describes. */
        Person member;
        MemberStatus memberStatus;
        Org from;
        Org approver;
        Org to;
        Org branch;
        Org group;
        String otherName;
        String otherRegion;
        String reason;
        LocalDate letterIssued;
        LocalDate requested;
        LocalDate approved;
        LocalDate ended;
        String letterNumber;
    }

    private final StreetPlan plan;
    private final DemoSize size;
    private final Set<String> idNumbers;
    private final Random random = new Random(SEED);
    private final List<Planned> planned = new ArrayList<>();

    TransferHistory(StreetPlan plan, DemoSize size, Set<String> idNumbers) {
        this.plan = plan;
        this.size = size;
        this.idNumbers = idNumbers;
    }

    /** Picks the members and dates, numbers the letters, and applies what the transfers did to the members. */
    void plan(Connection c) throws SQLException {
        List<Person> pool = new ArrayList<>(plan.people.stream().filter(p -> p.generated && movable(p)).toList());
        Collections.shuffle(pool, random);
        Deque<Person> candidates = new ArrayDeque<>(pool);
        List<Org> receivingBranches = plan.branches().stream().filter(b -> b.generated
                && (b.kind == Kind.GRID || b.kind == Kind.RESIDENT || b.kind == Kind.RETIREE)).toList();
        for (Case k : Case.values()) {
            long count = Math.max(1, Math.round(k.share * size.transfers));
            for (int i = 0; i < count; i++) {
                Planned t = k.scope == INCOMING ? incoming(k, receivingBranches) : fromHere(k, candidates,
                        receivingBranches);
                if (t != null) {
                    planned.add(t);
                }
            }
        }
        List<Planned> letters = planned.stream().filter(t -> t.kase.approved())
                .sorted(Comparator.comparing((Planned t) -> t.approved)).toList();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select nextval('transfer_letter_seq') from generate_series(1, " + letters.size() + ")")) {
            for (Planned t : letters) {
                r.next();
                t.letterNumber = "ZJ%d%06d".formatted(t.approved.getYear(), r.getLong(1));
            }
        }
        for (Planned t : planned) {
            apply(t);
        }
    }

    private static boolean movable(Person p) {
        return p.active() && p.registration == Registration.REGISTERED && p.mobility == null && p.inactiveSince == null
                && p.duesCategory != null && p.duesStop == null && p.previousBranch == null
                && p.branch.kind != Kind.MOBILE && p.branch.kind != Kind.HAND_MADE;
    }

    /** An INTERNAL or OUTGOING transfer of one of the street's members. */
    private Planned fromHere(Case k, Deque<Person> candidates, List<Org> receivingBranches) {
        Planned t = new Planned();
        t.kase = k;
        t.id = StreetPlan.uuid(random);
        switch (k) {
            case INTERNAL_WAITING -> t.requested = ago(0, 6);
            case INTERNAL_APPROVAL_OVERDUE -> t.requested = ago(8, 30);
            case OUTGOING_WAITING -> t.requested = ago(0, 12);
            case INTERNAL_ISSUED -> approvedOn(t, ago(0, 5));
            case INTERNAL_LETTER_EXPIRED -> approvedOn(t, ago(12, 40));
            case OUTGOING_RECEIPT_PENDING -> approvedOn(t, ago(3, 25));
            case OUTGOING_RECEIPT_MISSING -> approvedOn(t, ago(80, 220));
            case INTERNAL_COMPLETED -> {
                approvedOn(t, ago(15, 900));
                t.ended = t.approved.plusDays(StreetPlan.between(random, 1, 8));
            }
            case INTERNAL_RETURNED_BY_RECEIVER -> {
                approvedOn(t, ago(15, 800));
                t.ended = t.approved.plusDays(StreetPlan.between(random, 1, 8));
            }
            case OUTGOING_COMPLETED -> {
                approvedOn(t, ago(70, 950));
                t.ended = t.approved.plusDays(StreetPlan.between(random, 15, 50));
            }
            default -> { // returned by the approver, withdrawn
                t.requested = ago(20, 800);
                t.ended = t.requested.plusDays(StreetPlan.between(random, 1, 10));
            }
        }
        Person p = null;
        for (int tries = candidates.size(); tries > 0 && p == null; tries--) {
            Person next = candidates.poll();
            if (next.registeredOn.isBefore(t.requested.minusDays(90))) {
                p = next; // each member has one transfer at most
            } else {
                candidates.addLast(next);
            }
        }
        if (p == null) {
            return null;
        }
        t.member = p;
        t.memberStatus = p.status;
        t.from = p.branch;
        t.approver = p.branch.approver();
        if (k.scope == INTERNAL) {
            Org to;
            do {
                to = StreetNames.pick(random, receivingBranches);
            } while (to.topLevel() == t.from.topLevel() && receivingBranches.size() > 1);
            t.branch = to;
            t.to = random.nextDouble() < 0.7 ? to.topLevel() : to;
            List<Org> groups = to.groups();
            t.group = groups.isEmpty() ? null : StreetNames.pick(random, groups);
            t.reason = StreetNames.pick(random, StreetNames.INTERNAL_REASONS);
        } else {
            int where = random.nextInt(StreetNames.OTHER_PARTY_ORGS.length);
            t.otherName = StreetNames.OTHER_PARTY_ORGS[where];
            t.otherRegion = StreetNames.OTHER_REGIONS[where];
            t.reason = StreetNames.pick(random, StreetNames.OUTGOING_REASONS);
        }
        return t;
    }

    /** A letter from elsewhere, registered by one of the street's communities. */
    private Planned incoming(Case k, List<Org> receivingBranches) {
        Planned t = new Planned();
        t.kase = k;
        t.id = StreetPlan.uuid(random);
        switch (k) {
            case INCOMING_WAITING -> t.letterIssued = ago(3, 20);
            case INCOMING_LETTER_EXPIRED -> t.letterIssued = ago(35, 70);
            case INCOMING_COMPLETED -> t.letterIssued = ago(20, 900);
            default -> t.letterIssued = ago(20, 500);
        }
        t.requested = StreetPlan.earliest(t.letterIssued.plusDays(StreetPlan.between(random, 1, 5)), plan.today);
        if (k.state == COMPLETED || k.state == RETURNED || k.state == WITHDRAWN) {
            t.ended = StreetPlan.earliest(t.requested.plusDays(StreetPlan.between(random, 1, 10)),
                    plan.today.minusDays(1));
        }
        Org branch = StreetNames.pick(random, receivingBranches);
        t.to = random.nextDouble() < 0.7 ? branch.topLevel() : branch;
        if (k.state == COMPLETED) {
            t.branch = branch;
            List<Org> groups = branch.groups();
            t.group = groups.isEmpty() ? null : StreetNames.pick(random, groups);
        }
        t.member = newcomer(branch, t.ended == null ? t.requested : t.ended);
        t.memberStatus = t.member.status;
        int where = random.nextInt(StreetNames.OTHER_PARTY_ORGS.length);
        t.otherName = StreetNames.OTHER_PARTY_ORGS[where];
        t.otherRegion = StreetNames.OTHER_REGIONS[where];
        t.reason = StreetNames.pick(random, StreetNames.INCOMING_REASONS);
        t.letterNumber = t.otherName.substring(2, 4) + "组转〔" + t.letterIssued.getYear() + "〕第"
                + "%04d".formatted(1 + random.nextInt(2_000)) + "号";
        return t;
    }

    /** The member an incoming letter describes: a full member of working age who joined well before the letter. */
    private Person newcomer(Org branch, LocalDate on) {
        Person p;
        do {
            p = StreetMembers.person(plan, branch, random, idNumbers, false);
        } while (on.getYear() - p.birth.getYear() < 25 || on.getYear() - p.birth.getYear() > 70);
        if (!p.active()) {
            p.status = p.statusBefore;
            p.statusBefore = null;
            p.leftKind = null;
            p.statusChangedOn = null;
        }
        if (p.status == MemberStatus.PROBATIONARY || !p.joinedOn.isBefore(on.minusMonths(13))) {
            p.status = MemberStatus.FULL;
            p.joinedOn = StreetPlan.latest(on.minusYears(2 + random.nextInt(15)), p.birth.plusYears(19));
            p.fullOn = Lifecycle.probationEnd(p.joinedOn);
            p.probationEndsOn = null;
        }
        p.registration = Registration.REGISTERED;
        p.mobility = null;
        p.mobilePlace = null;
        p.mobileOrganization = null;
        p.mobileContact = null;
        p.mobileSince = null;
        return p;
    }

    /** What a transfer did to its member. */
    private void apply(Planned t) {
        Person p = t.member;
        switch (t.kase) {
            case INTERNAL_COMPLETED -> {
                p.previousBranch = p.branch;
                p.previousGroup = p.group;
                p.branch = t.branch;
                p.group = t.group;
                p.movedOn = t.ended;
                p.movedReason = "组织关系转入（介绍信 " + t.letterNumber + "）";
                t.branch.roster.add(p);
            }
            case OUTGOING_RECEIPT_PENDING, OUTGOING_RECEIPT_MISSING, OUTGOING_COMPLETED -> {
                p.statusBefore = p.status;
                p.status = MemberStatus.TRANSFERRED_OUT;
                p.statusChangedOn = t.approved;
            }
            case INCOMING_COMPLETED -> {
                p.branch = t.branch;
                p.group = t.group;
                p.registeredOn = t.ended;
                p.registeredReason = "组织关系转入（介绍信 " + t.letterNumber + "）";
                t.branch.roster.add(plan.add(p));
                MeetingHistory.habits(p, plan);
                DuesHistory.habits(p, plan);
            }
            default -> { }
        }
    }

    private void approvedOn(Planned t, LocalDate approved) {
        t.approved = approved;
        t.requested = approved.minusDays(StreetPlan.between(random, 1, 5));
    }

    /** A day between {@code min} and {@code max} days ago, not before the history starts. */
    private LocalDate ago(int min, int max) {
        long most = plan.today.toEpochDay() - plan.historyStart.atDay(1).toEpochDay() - 30;
        return plan.today.minusDays(StreetPlan.between(random, min, (int) Math.max(min, Math.min(max, most))));
    }

    // ---- writing ----

    /** Writes the transfers, their letters and their steps; returns the rows per table. */
    Map<String, Long> write(Connection c, DuesHistory dues) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (CopyStream copy = CopyStream.open(c, "transfer",
                "id, scope, state, member_id, member_name, member_status, member_joined_on, member_id_number, "
                + "member_gender, member_ethnicity, member_birth_date, member_phone, member_education, "
                + "member_work_unit, member_job_title, member_address, member_full_on, member_probation_ends_on, "
                + "from_organization_id, from_name, from_region, approver_organization_id, to_organization_id, "
                + "to_name, to_region, in_city, assigned_branch_id, assigned_group_id, reason, dues_paid_to, "
                + "requested_on, completed_on, version, created_at, created_by, updated_at")) {
            for (Planned t : planned) {
                Person p = t.member;
                boolean incoming = t.kase.scope == INCOMING;
                boolean registered = !incoming || t.kase.state == COMPLETED;
                List<Step> steps = steps(t);
                copy.uuid(t.id).text(t.kase.scope.name()).text(t.kase.state.name()).uuid(registered ? p.id : null)
                        .text(p.name).text(t.memberStatus.name()).date(p.joinedOn)
                        .text(incoming ? p.idNumber : null).text(incoming ? p.gender.name() : null)
                        .text(incoming ? p.ethnicity : null).date(incoming ? p.birth : null)
                        .text(incoming ? p.phone : null)
                        .text(incoming ? p.education.name() : null).text(incoming ? p.workUnit : null)
                        .text(incoming ? p.jobTitle : null).text(incoming ? p.address : null)
                        .date(incoming ? p.fullOn : null).date(incoming ? p.probationEndsOn : null)
                        .uuid(incoming ? null : t.from.id).text(incoming ? t.otherName : null)
                        .text(incoming ? t.otherRegion : null)
                        .uuid(incoming ? null : t.approver.id).uuid(t.kase.scope == OUTGOING ? null : t.to.id)
                        .text(t.kase.scope == OUTGOING ? t.otherName : null)
                        .text(t.kase.scope == OUTGOING ? t.otherRegion : null).bool(t.kase.scope == INTERNAL)
                        .uuid(t.branch == null || t.kase.state != COMPLETED ? null : t.branch.id)
                        .uuid(t.group == null || t.kase.state != COMPLETED ? null : t.group.id).text(t.reason)
                        .text(duesPaidTo(t, dues).toString()).date(t.requested)
                        .date(t.kase.state == COMPLETED ? t.ended : null).number(steps.size() - 1L)
                        .text(steps.get(0).at().toString()).text(steps.get(0).by())
                        .text(steps.get(steps.size() - 1).at().toString());
                copy.endRow();
            }
            rows.put("transfer", copy.finish());
        }
        try (CopyStream copy = CopyStream.open(c, "transfer_letter",
                "id, transfer_id, number, issued_here, issued_on, valid_days, last_valid_on, receipt_due_on, "
                + "dues_paid_to, recorded_at, recorded_by")) {
            for (Planned t : planned) {
                if (t.letterNumber == null) {
                    continue;
                }
                boolean here = t.kase.scope != INCOMING;
                LocalDate issued = here ? t.approved : t.letterIssued;
                int days = t.kase.scope == INTERNAL ? IN_CITY_DAYS : ELSEWHERE_DAYS;
                LocalDate lastValid = issued.plusDays(days - 1L);
                copy.uuid(StreetPlan.uuid(random)).uuid(t.id).text(t.letterNumber).bool(here).date(issued).number(days)
                        .date(lastValid).date(t.kase.scope == OUTGOING ? lastValid.plusMonths(1) : null)
                        .text(duesPaidTo(t, dues).toString())
                        .text(StreetPlan.at(here ? t.approved : t.requested, here ? 15 : 10, 30).toString())
                        .text(here ? worker(t.approver) : worker(t.to));
                copy.endRow();
            }
            rows.put("transfer_letter", copy.finish());
        }
        try (CopyStream copy = CopyStream.open(c, "transfer_step",
                "id, transfer_id, move, from_state, to_state, note, at, by_name")) {
            for (Planned t : planned) {
                for (Step s : steps(t)) {
                    copy.uuid(StreetPlan.uuid(random)).uuid(t.id).text(s.move().name())
                            .text(s.from() == null ? null : s.from().name()).text(s.to().name()).text(s.note())
                            .text(s.at().toString()).text(s.by());
                    copy.endRow();
                }
            }
            rows.put("transfer_step", copy.finish());
        }
        return rows;
    }

    /** 党费交至 as the transfer shows it: at approval (approval moves it on), else at the request. */
    private YearMonth duesPaidTo(Planned t, DuesHistory dues) {
        if (t.kase.scope == INCOMING) {
            return YearMonth.from(t.letterIssued).minusMonths(t.letterIssued.getDayOfMonth() % 2);
        }
        YearMonth paid = dues.paidThrough(t.member, t.approved != null ? t.approved : t.requested);
        return paid != null ? paid : YearMonth.from(t.requested).minusMonths(1);
    }

    record Step(TransferMove move, TransferState from, TransferState to, String note, Instant at, String by) {}

    /** The timeline, as each move would have recorded it. */
    private List<Step> steps(Planned t) {
        List<Step> out = new ArrayList<>();
        Instant requested = StreetPlan.at(t.requested, 10, 0);
        if (t.kase.scope == INCOMING) {
            out.add(new Step(TransferMove.REQUEST, null, ISSUED, null, requested, worker(t.to)));
            switch (t.kase.state) {
                case COMPLETED -> out.add(new Step(TransferMove.ACCEPT, ISSUED, COMPLETED, "已编入" + t.branch.name,
                        StreetPlan.at(t.ended, 14, 0), worker(t.to)));
                case RETURNED -> out.add(new Step(TransferMove.RETURN, ISSUED, RETURNED, "经核对，介绍信所列信息与本人档案不符，退回原党组织",
                        StreetPlan.at(t.ended, 14, 0), worker(t.to)));
                case WITHDRAWN -> out.add(new Step(TransferMove.WITHDRAW, ISSUED, WITHDRAWN, "本人申请暂缓转入",
                        StreetPlan.at(t.ended, 14, 0), worker(t.to)));
                default -> { }
            }
            return out;
        }
        out.add(new Step(TransferMove.REQUEST, null, REQUESTED, null, requested, worker(t.from)));
        if (t.approved != null) {
            out.add(new Step(TransferMove.APPROVE, REQUESTED, ISSUED, "同意转接", StreetPlan.at(t.approved, 15, 30),
                    worker(t.approver)));
        }
        switch (t.kase) {
            case INTERNAL_COMPLETED -> out.add(new Step(TransferMove.ACCEPT, ISSUED, COMPLETED, "已编入" + t.branch.name,
                    StreetPlan.at(t.ended, 14, 0), worker(t.to)));
            case OUTGOING_COMPLETED -> out.add(new Step(TransferMove.CONFIRM_RECEIPT, ISSUED, COMPLETED, "回执已收到",
                    StreetPlan.at(t.ended, 11, 0), worker(t.from)));
            case INTERNAL_RETURNED_BY_RECEIVER -> out.add(new Step(TransferMove.RETURN, ISSUED, RETURNED,
                    "经核对，该党员现居住地不在本社区，请重新选择接收党组织", StreetPlan.at(t.ended, 14, 0), worker(t.to)));
            case INTERNAL_RETURNED_BY_APPROVER -> out.add(new Step(TransferMove.RETURN, REQUESTED, RETURNED,
                    "材料不全，请补充转接原因后重新申请", StreetPlan.at(t.ended, 16, 0), worker(t.approver)));
            case INTERNAL_WITHDRAWN, OUTGOING_WITHDRAWN -> out.add(new Step(TransferMove.WITHDRAW, REQUESTED, WITHDRAWN,
                    "党员本人申请暂缓转接", StreetPlan.at(t.ended, 9, 30), worker(t.from)));
            default -> { }
        }
        return out;
    }

    /** Who signs for an organization's steps: its 党务工作者 (the demo's accounts are named the same way). */
    private static String worker(Org o) {
        return o.name.replaceAll("(综合党委|党工委|党委|党总支|党支部)$", "") + "党务工作者";
    }
}
