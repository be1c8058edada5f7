package org.branchbook.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.branchbook.common.db.CopyStream;
import org.branchbook.demo.StreetPlan.Org;
import org.branchbook.demo.StreetPlan.Person;
import org.branchbook.dues.Adjustment;
import org.branchbook.dues.DuesCategory;
import org.branchbook.dues.DuesRate;
import org.branchbook.dues.DuesRates;
import org.branchbook.dues.DuesRules;
import org.branchbook.dues.PaymentKind;
import org.branchbook.dues.PaymentMethod;
import org.branchbook.dues.RateTable;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.Registration;

/**
 * 党费 for the demo street: each paying member's yearly standard (核定 every January, by {@link DuesRate} from the
 * table in force) and their payments, month by month or by the quarter as their branch collects, from January
 * two years ago (or the month they came) to about now — as {@code PaymentService} would have written them: whole
 * fen spread over the months by {@link DuesRules#spread}, no month covered twice. A few members owe the last 3–5
 * months, fewer have stopped paying for six months or more, some pay a quarter late, a handful are exempt.
 *
 * <p>A member's ledger is drawn from a random of their own, so the three passes (standards, payments, months)
 * see the same ledger without keeping it.
 */
final class DuesHistory {

    private static final long SEED = 20_260_702L;

    /** Branches that collect by the quarter (the rest monthly, on the 主题党日). */
    static final double QUARTERLY_BRANCHES = 0.6;
    /** Members who stopped paying 3–5 months ago (arrears WARNING). */
    static final double ARREARS_WARNING = 0.03;
    /** Members who stopped paying 6–11 months ago (arrears FLAG: 6 consecutive months). */
    static final double ARREARS_FLAG = 0.01;
    /** Of the members who stopped coming to meetings, those who stopped paying too. */
    static final double INACTIVE_ALSO_UNPAID = 0.4;
    /** Monthly payers who missed one month long ago (beyond 补交) and never made it up. */
    static final double MISSED_MONTH = 0.015;
    /** Quarterly payers who now and then pay a quarter late, with the next one (补交). */
    static final double LATE_PAYER = 0.05;
    static final double LATE_QUARTER = 0.15;
    /** Members of 24 or under who are students (fixed 0.2 元). */
    static final double STUDENT_UNDER_25 = 0.5;
    /** 困难党员 exempted (免交) or paying less (少交), with the upper committee's approval. */
    static final double EXEMPT_IN_HARDSHIP = 0.3;
    static final double REDUCED_IN_HARDSHIP = 0.2;
    /** Payments entered with a wrong amount, reversed (冲销) and entered again. */
    static final double REVERSED = 0.002;
    /** 老党员 who gave a voluntary 1000 元 once (forwarded to the centre). */
    static final double VOLUNTARY_VETERAN = 0.05;

    /** One 核定 row. */
    record Standard(UUID id, YearMonth from, DuesCategory category, Long baseFen, Integer basisPoints, long computedFen,
            long monthlyFen, Adjustment adjustment, String reason, String approval, Instant recordedAt) {}

    /** One ledger row; {@code months} is its spread (empty for a voluntary payment), negative for a reversal. */
    record Payment(UUID id, Org organization, PaymentKind kind, YearMonth from, YearMonth to, long amountFen,
            LocalDate paidOn, PaymentMethod method, String collectedBy, String paidBy, String receipt, String reason,
            UUID reverses, Instant recordedAt, List<Long> months) {}

    record Ledger(List<Standard> standards, List<Payment> payments) {}

    private final StreetPlan plan;
    private final DemoSize size;
    /** The table in force in each month of the history (read before any COPY starts). */
    private final Map<YearMonth, RateTable> tables = new HashMap<>();

    DuesHistory(StreetPlan plan, DemoSize size, DuesRates rates) {
        this.plan = plan;
        this.size = size;
        for (YearMonth m = plan.historyStart; !m.isAfter(plan.currentMonth()); m = m.plusMonths(1)) {
            tables.put(m, rates.tableFor(m));
        }
        Random random = new Random(SEED);
        for (Org b : plan.branches()) {
            b.quarterlyDues = size.allQuarterly || random.nextDouble() < QUARTERLY_BRANCHES;
        }
    }

    /** How a member pays: category and base, any 少交/免交, and whether (and from when) they stopped. */
    static void habits(Person p, StreetPlan plan) {
        Random random = StreetPlan.random(SEED + 1, p.index);
        if (p.branch.duesKept || p.registration != Registration.REGISTERED) {
            return; // DemoData keeps these books; 在职党员到社区报到 pay where their relationship is
        }
        int age = plan.today.getYear() - p.birth.getYear();
        p.duesCategory = p.categories.contains(MemberCategory.UNEMPLOYED) ? DuesCategory.UNEMPLOYED
                : p.categories.contains(MemberCategory.RETIRED) ? DuesCategory.RETIRED
                : age <= 24 && random.nextDouble() < STUDENT_UNDER_25 ? DuesCategory.STUDENT
                : DuesCategory.IN_WORK;
        p.baseFen = switch (p.duesCategory) {
            case IN_WORK -> wage(random);
            case RETIRED -> yuan(2_500 + random.nextInt(5_500));
            default -> 0;
        };
        if (p.categories.contains(MemberCategory.IN_HARDSHIP)) {
            double x = random.nextDouble();
            p.adjustment = x < EXEMPT_IN_HARDSHIP ? Adjustment.EXEMPT
                    : x < EXEMPT_IN_HARDSHIP + REDUCED_IN_HARDSHIP && p.duesCategory.rated() ? Adjustment.REDUCED
                    : Adjustment.NONE;
        }
        YearMonth current = plan.currentMonth();
        double x = random.nextDouble();
        if (p.inactiveSince != null && random.nextDouble() < INACTIVE_ALSO_UNPAID) {
            p.duesStop = YearMonth.from(p.inactiveSince);
        } else if (x < ARREARS_WARNING) {
            p.duesStop = current.minusMonths(StreetPlan.between(random, 3, 5));
        } else if (x < ARREARS_WARNING + ARREARS_FLAG) {
            p.duesStop = current.minusMonths(StreetPlan.between(random, 6, 11));
        }
        p.latePayer = random.nextDouble() < LATE_PAYER;
        long span = plan.historyStart.until(current.minusMonths(8), java.time.temporal.ChronoUnit.MONTHS);
        if (span > 0 && random.nextDouble() < MISSED_MONTH) {
            p.duesMissed = plan.historyStart.plusMonths(random.nextInt((int) span));
        }
    }

    /** A monthly after-tax wage, spread over the four brackets of the 2008 table. */
    private static long wage(Random random) {
        double x = random.nextDouble();
        return x < 0.2 ? yuan(2_300 + random.nextInt(700))
                : x < 0.55 ? yuan(3_001 + random.nextInt(2_000))
                : x < 0.9 ? yuan(5_001 + random.nextInt(5_000))
                : yuan(10_001 + random.nextInt(15_000));
    }

    private static long yuan(int yuan) {
        return yuan * 100L;
    }

    /** Writes the standards, the payments and their months; returns the rows per table. */
    Map<String, Long> write(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (CopyStream copy = CopyStream.open(c, "dues_standard",
                "id, member_id, from_month, category, base_fen, basis_points, computed_fen, monthly_fen, "
                + "adjustment, reason, approval_reference, recorded_at, recorded_by")) {
            for (Person p : plan.people) {
                for (Standard s : ledger(p).standards()) {
                    copy.uuid(s.id()).uuid(p.id).date(s.from().atDay(1)).text(s.category().name())
                            .text(s.baseFen() == null ? null : s.baseFen().toString())
                            .text(s.basisPoints() == null ? null : s.basisPoints().toString()).number(s.computedFen())
                            .number(s.monthlyFen()).text(s.adjustment().name()).text(s.reason()).text(s.approval())
                            .text(s.recordedAt().toString()).text("组织委员");
                    copy.endRow();
                }
            }
            rows.put("dues_standard", copy.finish());
        }
        try (CopyStream copy = CopyStream.open(c, "dues_payment",
                "id, member_id, organization_id, kind, from_month, to_month, amount_fen, paid_on, method, "
                + "collected_by, paid_by, receipt_number, reason, reverses_id, recorded_at, recorded_by")) {
            for (Person p : plan.people) {
                for (Payment x : ledger(p).payments()) {
                    copy.uuid(x.id()).uuid(p.id).uuid(x.organization().id).text(x.kind().name())
                            .date(x.from() == null ? null : x.from().atDay(1))
                            .date(x.to() == null ? null : x.to().atDay(1))
                            .number(x.amountFen()).date(x.paidOn()).text(x.method() == null ? null : x.method().name())
                            .text(x.collectedBy()).text(x.paidBy()).text(x.receipt()).text(x.reason())
                            .uuid(x.reverses())
                            .text(x.recordedAt().toString()).text(x.collectedBy() == null ? "组织委员" : x.collectedBy());
                    copy.endRow();
                }
            }
            rows.put("dues_payment", copy.finish());
        }
        try (CopyStream copy = CopyStream.open(c, "dues_payment_month",
                "payment_id, member_id, month, amount_fen, covers")) {
            for (Person p : plan.people) {
                for (Payment x : ledger(p).payments()) {
                    YearMonth month = x.from();
                    for (long amount : x.months()) {
                        copy.uuid(x.id()).uuid(p.id).date(month.atDay(1)).number(amount)
                                .number(x.kind() == PaymentKind.REVERSAL ? -1 : 1);
                        copy.endRow();
                        month = month.plusMonths(1);
                    }
                }
            }
            rows.put("dues_payment_month", copy.finish());
        }
        return rows;
    }

    /** 党费交至 on a day: the last month the member's payments made by then cover (null when none). */
    YearMonth paidThrough(Person p, LocalDate on) {
        YearMonth last = null;
        for (Payment x : ledger(p).payments()) {
            if (x.kind() == PaymentKind.REGULAR && !x.paidOn().isAfter(on) && x.reason() == null
                    && (last == null || x.to().isAfter(last))) {
                last = x.to();
            }
        }
        return last;
    }

    /** The member's standards and payments over the history (none when someone else keeps their books). */
    Ledger ledger(Person p) {
        if (!p.pays()) {
            return new Ledger(List.of(), List.of());
        }
        Random random = StreetPlan.random(SEED, p.index);
        YearMonth first = latest(latest(plan.historyStart, YearMonth.from(p.joinedOn)), YearMonth.from(p.registeredOn));
        YearMonth last = p.active() ? plan.currentMonth() : YearMonth.from(p.statusChangedOn);
        if (first.isAfter(last)) {
            return new Ledger(List.of(), List.of());
        }
        List<Standard> standards = standards(p, random, first, last);
        return new Ledger(standards, payments(p, random, standards, first, last));
    }

    /** 核定: from the first month, then every January (the yearly review from last year's income). */
    private List<Standard> standards(Person p, Random random, YearMonth first, YearMonth last) {
        double growth = p.duesCategory == DuesCategory.IN_WORK ? random.nextInt(600) / 10_000.0 : 0.025;
        List<Standard> out = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            YearMonth from = year == first.getYear() ? first : YearMonth.of(year, 1);
            Long base = p.duesCategory.rated()
                    ? Math.round(p.baseFen * Math.pow(1 + growth, year - plan.historyStart.getYear()) / 1_000.0) * 1_000
                    : null;
            DuesRate.Result r = DuesRate.monthly(tables.get(from), p.duesCategory, base);
            long monthly = r.monthlyFen();
            String reason = null;
            String approval = null;
            Adjustment adjustment = p.adjustment;
            if (adjustment == Adjustment.REDUCED && r.monthlyFen() > 100) {
                monthly = r.monthlyFen() / 2;
                reason = "家庭困难，经支部大会讨论、上级党委批准少交";
            } else if (adjustment == Adjustment.EXEMPT) {
                monthly = 0;
                reason = "长期患病、生活困难，经支部大会讨论、上级党委批准免交";
            } else {
                adjustment = Adjustment.NONE;
            }
            if (reason != null) {
                approval = approvalReference(p, year, random);
            }
            LocalDate day = StreetPlan.earliest(StreetPlan.latest(from.atDay(5), p.registeredOn), plan.today);
            out.add(new Standard(StreetPlan.uuid(random), from, p.duesCategory, base, r.basisPoints(), r.monthlyFen(),
                    monthly,
                    adjustment, reason, approval, StreetPlan.at(day, 10, random.nextInt(50))));
        }
        return out;
    }

    private static String approvalReference(Person p, int year, Random random) {
        String up = p.branch.parent == null ? "幸福街道" : p.branch.parent.name.replace("幸福街道", "");
        return up.substring(0, Math.min(3, up.length())) + "党〔" + year + "〕" + (1 + random.nextInt(60)) + "号";
    }

    /** The payments: by the month or the quarter, until the member stopped (if they did), never after today. */
    private List<Payment> payments(Person p, Random random, List<Standard> standards, YearMonth first, YearMonth last) {
        List<YearMonth[]> chunks = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); ) {
            Org branch = p.branchOn(m.atDay(1));
            boolean quarterly = branch.quarterlyDues;
            YearMonth end = quarterly ? YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 3) : m;
            if (end.isAfter(last)) {
                end = last;
            }
            chunks.add(new YearMonth[] {m, end, quarterly ? m : null});
            m = end.plusMonths(1);
        }
        List<Payment> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            YearMonth from = chunks.get(i)[0];
            YearMonth to = chunks.get(i)[1];
            boolean quarterly = chunks.get(i)[2] != null;
            if (p.duesStop != null) {
                if (!from.isBefore(p.duesStop)) {
                    break;
                }
                if (!to.isBefore(p.duesStop)) {
                    to = p.duesStop.minusMonths(1);
                }
            }
            if (!quarterly && from.equals(p.duesMissed)) {
                continue;
            }
            YearMonth paidIn = from;
            if (quarterly && p.latePayer && i + 1 < chunks.size() && random.nextDouble() < LATE_QUARTER
                    && (p.duesStop == null || chunks.get(i + 1)[1].isBefore(p.duesStop))) {
                i++; // this quarter is paid with the next one, in its first month (补交 reaches six months back)
                to = chunks.get(i)[1];
                paidIn = chunks.get(i)[0];
            }
            LocalDate paidOn = StreetPlan.latest(paidIn.atDay(StreetPlan.between(random, 6, 15)), p.registeredOn);
            if (p.leftOn() != null && !paidOn.isBefore(p.leftOn())) {
                paidOn = p.leftOn().minusDays(1);
            }
            if (!paidOn.isBefore(plan.today)) {
                break;
            }
            long amount = 0;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                amount += monthly(standards, m);
            }
            if (amount == 0) {
                continue; // 免交: nothing to pay
            }
            Org branch = p.branchOn(paidOn);
            String collector = branch.organizerOn(paidOn);
            PaymentMethod method = method(random, p);
            String paidBy = p.categories.contains(MemberCategory.BEDRIDDEN) ? "家属" : null;
            String receipt = method == PaymentMethod.CASH ? "SJ%d%06d".formatted(paidOn.getYear(),
                    random.nextInt(1_000_000)) : null;
            int months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
            Instant recorded = StreetPlan.at(paidOn, 10, 0).plusSeconds(random.nextInt(8 * 3600));
            if (random.nextDouble() < REVERSED) {
                // keyed in as ten times the amount, reversed the next day, then entered again
                Payment wrong = new Payment(StreetPlan.uuid(random), branch, PaymentKind.REGULAR, from, to,
                        amount * 10, paidOn,
                        method, collector, paidBy, receipt, "按收据金额登记", null, recorded,
                                DuesRules.spread(amount * 10, months));
                LocalDate fixedOn = StreetPlan.earliest(paidOn.plusDays(1), plan.today.minusDays(1));
                Instant fixedAt = StreetPlan.at(fixedOn, 9, 0);
                out.add(wrong);
                out.add(new Payment(StreetPlan.uuid(random), branch, PaymentKind.REVERSAL, from, to, -amount * 10,
                        fixedOn, null,
                        collector, null, null, "金额录入错误，冲销后重新登记", wrong.id(), fixedAt,
                        wrong.months().stream().map(a -> -a).toList()));
                recorded = fixedAt.plusSeconds(300);
            }
            out.add(new Payment(StreetPlan.uuid(random), branch, PaymentKind.REGULAR, from, to, amount, paidOn, method,
                    collector,
                    paidBy, receipt, null, null, recorded, DuesRules.spread(amount, months)));
        }
        if (p.categories.contains(MemberCategory.VETERAN) && random.nextDouble() < VOLUNTARY_VETERAN) {
            LocalDate day = LocalDate.of(plan.historyStart.getYear() + random.nextInt(2), 7, 1);
            if (!day.isBefore(p.registeredOn) && (p.leftOn() == null || day.isBefore(p.leftOn()))) {
                out.add(new Payment(StreetPlan.uuid(random), p.branchOn(day), PaymentKind.VOLUNTARY, null, null,
                        100_000, day,
                        PaymentMethod.BANK_TRANSFER, p.branchOn(day).organizerOn(day), null, null, "七一自愿多交党费", null,
                        StreetPlan.at(day, 11, 0), List.of()));
            }
        }
        return out;
    }

    private static long monthly(List<Standard> standards, YearMonth month) {
        long amount = 0;
        for (Standard s : standards) {
            if (!s.from().isAfter(month)) {
                amount = s.monthlyFen();
            }
        }
        return amount;
    }

    private static PaymentMethod method(Random random, Person p) {
        if (p.mobility != null) {
            return random.nextBoolean() ? PaymentMethod.WECHAT : PaymentMethod.BANK_TRANSFER;
        }
        double x = random.nextDouble();
        return x < 0.45 ? PaymentMethod.WECHAT : x < 0.8 ? PaymentMethod.CASH : x < 0.9 ? PaymentMethod.ALIPAY
                : PaymentMethod.BANK_TRANSFER;
    }

    private static YearMonth latest(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
