package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.FieldError;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.branchbook.member.Member;
import org.branchbook.member.MemberService;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** 党费收缴: the append-only ledger — payments checked against the standards, voluntary payments, reversals. */
@ApplicationScoped
public class PaymentService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final Periods periods;
    private final MemberService members;
    private final OrganizationService organizations;
    private final DuesBooks books;
    private final DuesRules rules;

    public PaymentService(EntityManager em, Caller caller, AuditLog audit, Periods periods, MemberService members,
            OrganizationService organizations, DuesBooks books, DuesConfig config) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.periods = periods;
        this.members = members;
        this.organizations = organizations;
        this.books = books;
        this.rules = config.rules();
    }

    @Transactional
    public PaymentView pay(PaymentInput in) {
        Member m = members.require(in.memberId());
        members.lockAnywhere(m.id); // one payment for a member at a time: no month is paid twice
        LocalDate today = periods.today();
        if (in.paidOn().isAfter(today)) {
            throw ApiException.unprocessable("date-in-future", "paidOn", "交纳日期不能晚于今天");
        }
        PaymentKind kind = in.kind() == null ? PaymentKind.REGULAR : in.kind();
        DuesPayment p = new DuesPayment();
        p.id = UUID.randomUUID();
        p.memberId = m.id;
        p.organizationId = m.organizationId;
        p.kind = kind;
        p.amountFen = in.amountFen();
        p.paidOn = in.paidOn();
        p.method = in.method() == null ? PaymentMethod.CASH : in.method();
        p.reference = Params.strippedOrNull(in.reference());
        p.collectedBy = Params.strippedOrNull(in.collectedBy());
        p.paidBy = Params.strippedOrNull(in.paidBy());
        p.receiptNumber = Params.strippedOrNull(in.receiptNumber());
        p.reason = Params.strippedOrNull(in.reason());
        List<Long> spread = List.of();
        switch (kind) {
            case REVERSAL -> throw ApiException.unprocessable("invalid-payment", "kind", "冲销请使用 reverse 操作");
            case VOLUNTARY -> {
                if (in.amountFen() <= 0) {
                    throw ApiException.unprocessable("invalid-payment", "amountFen", "自愿多交的金额应大于零");
                }
            }
            case REGULAR -> spread = regular(m, in, p, YearMonth.from(today));
        }
        stamp(p);
        p.persist();
        em.flush();
        if (!spread.isEmpty()) {
            writeMonths(p, spread, 1);
        }
        audit.record("dues.payment", "dues-payment", p.id, pathOf(p.organizationId), null, snapshot(p));
        return views(List.of(p)).get(0);
    }

    /** Checks a regular payment's months and amount; returns the amount spread over the months. */
    private List<Long> regular(Member m, PaymentInput in, DuesPayment p, YearMonth current) {
        List<FieldError> missing = new ArrayList<>();
        if (in.fromMonth() == null) {
            missing.add(FieldError.of("fromMonth", "请填写所交党费的开始月份"));
        }
        if (in.toMonth() == null) {
            missing.add(FieldError.of("toMonth", "请填写所交党费的结束月份"));
        }
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable("invalid-payment", missing.get(0).message(), missing);
        }
        YearMonth from = YearMonth.parse(in.fromMonth());
        YearMonth to = YearMonth.parse(in.toMonth());
        String coverage = rules.coverageProblem(from, to, current);
        if (coverage != null) {
            throw ApiException.unprocessable("invalid-months", "fromMonth", coverage);
        }
        DuesBooks.Window window = books.window(m);
        if (window.start() == null) {
            throw ApiException.unprocessable("no-standard", "memberId", "该党员尚未核定党费标准，请先核定");
        }
        if (from.isBefore(window.start())) {
            throw ApiException.unprocessable("invalid-months", "fromMonth", "该党员从 " + window.start() + " 起交纳党费");
        }
        if (window.end() != null && to.isAfter(window.end())) {
            throw ApiException.unprocessable("invalid-months", "toMonth", "该党员已" + m.status.label() + "，党费交纳到 "
                    + window.end() + " 为止");
        }
        List<YearMonth> already = books.paidMonths(m.id, from, to);
        if (!already.isEmpty()) {
            throw ApiException.conflict("already-paid", "fromMonth", already.stream().map(YearMonth::toString)
                    .collect(Collectors.joining("、")) + " 的党费已交纳");
        }
        long expected = books.dueByMonth(m.id, from, to).values().stream().mapToLong(Long::longValue).sum();
        if (in.amountFen() != expected && p.reason == null) {
            throw ApiException.unprocessable("amount-mismatch", "amountFen", "按标准应交 " + DuesRate.yuan(expected)
                    + " 元；金额不同时请填写原因");
        }
        p.fromMonth = from.atDay(1);
        p.toMonth = to.atDay(1);
        return DuesRules.spread(in.amountFen(), monthsBetween(from, to));
    }

    /** 冲销: a new entry that cancels an earlier one (which stays in the ledger). */
    @Transactional
    public PaymentView reverse(UUID id, ReversalInput in) {
        DuesPayment original = id == null ? null : em.find(DuesPayment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (original == null || !caller.covers(pathOf(original.organizationId))) {
            throw ApiException.notFound("党费记录不存在");
        }
        if (original.kind == PaymentKind.REVERSAL) {
            throw ApiException.conflict("not-reversible", "冲销记录不能再冲销；如有错误请重新录入");
        }
        Long reversals = em.createQuery("select count(p) from DuesPayment p where p.reversesId = :id", Long.class)
                .setParameter("id", original.id).getSingleResult();
        if (reversals > 0) {
            throw ApiException.conflict("already-reversed", "该记录已冲销");
        }
        DuesPayment r = new DuesPayment();
        r.id = UUID.randomUUID();
        r.memberId = original.memberId;
        r.organizationId = original.organizationId;
        r.kind = PaymentKind.REVERSAL;
        r.fromMonth = original.fromMonth;
        r.toMonth = original.toMonth;
        r.amountFen = -original.amountFen;
        r.paidOn = periods.today();
        r.reason = in.reason().strip();
        r.reversesId = original.id;
        stamp(r);
        r.persist();
        em.flush();
        if (original.fromMonth != null) {
            List<Long> spread = DuesRules.spread(original.amountFen,
                    monthsBetween(YearMonth.from(original.fromMonth), YearMonth.from(original.toMonth)));
            writeMonths(r, spread.stream().map(a -> -a).toList(), -1);
        }
        audit.record("dues.reversal", "dues-payment", r.id, pathOf(r.organizationId), snapshot(original), snapshot(r));
        return views(List.of(r)).get(0);
    }

    /** The ledger below an organization (default: the caller's), newest first; optionally one member or one year. */
    @Transactional
    public PaymentPage ledger(UUID organizationId, UUID memberId, Integer year, Integer limit, String cursor) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        StringBuilder jpql = new StringBuilder("select p from DuesPayment p, Organization o where o.id = p.organizationId"
                + " and o.path like :path");
        if (memberId != null) {
            jpql.append(" and p.memberId = :member");
        }
        if (year != null) {
            jpql.append(" and p.paidOn between :start and :end");
        }
        if (!after.isEmpty()) {
            jpql.append(" and (p.recordedAt < :at or (p.recordedAt = :at and p.id < :id))");
        }
        jpql.append(" order by p.recordedAt desc, p.id desc");
        var q = em.createQuery(jpql.toString(), DuesPayment.class).setParameter("path", org.path + "%");
        if (memberId != null) {
            q.setParameter("member", memberId);
        }
        if (year != null) {
            q.setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31));
        }
        if (!after.isEmpty()) {
            try {
                q.setParameter("at", Instant.parse(after.get(0))).setParameter("id", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
        }
        List<DuesPayment> rows = q.setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            DuesPayment last = rows.get(size - 1);
            next = Cursor.encode(last.recordedAt.toString(), last.id.toString());
        }
        return new PaymentPage(views(rows), next);
    }

    List<PaymentView> views(List<DuesPayment> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = payments.stream().map(p -> p.id).toList();
        Map<UUID, UUID> reversedBy = new HashMap<>();
        em.createQuery("select p.reversesId, p.id from DuesPayment p where p.reversesId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> reversedBy.put((UUID) r[0], (UUID) r[1]));
        Map<UUID, Member> people = new HashMap<>();
        em.createQuery("from Member m where m.id in :ids", Member.class)
                .setParameter("ids", payments.stream().map(p -> p.memberId).distinct().toList()).getResultList()
                .forEach(m -> people.put(m.id, m));
        Map<UUID, OrgRef> orgs = organizations.refsOfVisibleRecord(payments.stream().map(p -> p.organizationId)
                .distinct().toList());
        return payments.stream().map(p -> new PaymentView(p.id, StandardService.ref(people.get(p.memberId)),
                orgs.get(p.organizationId), p.kind, month(p.fromMonth), month(p.toMonth),
                p.fromMonth == null ? 0 : monthsBetween(YearMonth.from(p.fromMonth), YearMonth.from(p.toMonth)),
                p.amountFen, p.paidOn, p.method, p.reference, p.collectedBy, p.paidBy, p.receiptNumber, p.reason,
                p.reversesId, reversedBy.get(p.id), p.kind == PaymentKind.VOLUNTARY && rules.forwarded(p.amountFen),
                p.recordedAt, p.recordedBy)).toList();
    }

    private void writeMonths(DuesPayment p, List<Long> amounts, int covers) {
        YearMonth month = YearMonth.from(p.fromMonth);
        for (Long amount : amounts) {
            em.createNativeQuery("""
                    insert into dues_payment_month (payment_id, member_id, month, amount_fen, covers)
                    values (:p, :m, :month, :amount, :covers)""")
                    .setParameter("p", p.id).setParameter("m", p.memberId).setParameter("month", month.atDay(1))
                    .setParameter("amount", amount).setParameter("covers", covers).executeUpdate();
            month = month.plusMonths(1);
        }
    }

    private void stamp(DuesPayment p) {
        p.recordedAt = Periods.now();
        p.recordedBy = caller.signature();
    }

    private String pathOf(UUID organizationId) {
        return em.find(Organization.class, organizationId).path;
    }

    static int monthsBetween(YearMonth from, YearMonth to) {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    private static String month(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay).toString();
    }

    private static Map<String, Object> snapshot(DuesPayment p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("memberId", p.memberId);
        out.put("kind", p.kind);
        out.put("fromMonth", month(p.fromMonth));
        out.put("toMonth", month(p.toMonth));
        out.put("amountFen", p.amountFen);
        out.put("paidOn", p.paidOn);
        out.put("method", p.method);
        out.put("paidBy", p.paidBy);
        out.put("reason", p.reason);
        return out;
    }

}
