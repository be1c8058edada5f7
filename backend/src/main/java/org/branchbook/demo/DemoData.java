package org.branchbook.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchbook.access.AccountInput;
import org.branchbook.access.AccountService;
import org.branchbook.access.Role;
import org.branchbook.common.Periods;
import org.branchbook.organization.LeadershipSeatInput;
import org.branchbook.organization.LeadershipService;
import org.branchbook.organization.LeadershipTermInput;
import org.branchbook.organization.OrgCategory;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.OrganizationCreate;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberService;
import org.branchbook.member.MemberStatus;
import java.time.YearMonth;
import org.branchbook.dues.DuesBaseInput;
import org.branchbook.dues.DuesCategory;
import org.branchbook.dues.DuesRules;
import org.branchbook.dues.PaymentInput;
import org.branchbook.dues.PaymentKind;
import org.branchbook.dues.PaymentMethod;
import org.branchbook.dues.PaymentService;
import org.branchbook.dues.StandardService;
import org.branchbook.dues.StandardView;
import org.branchbook.transfer.IncomingLetter;
import org.branchbook.transfer.IncomingMember;
import org.branchbook.transfer.TransferApproval;
import org.branchbook.transfer.TransferCreate;
import org.branchbook.transfer.TransferScope;
import org.branchbook.transfer.TransferService;
import org.branchbook.organization.OrganizationService;
import org.branchbook.organization.Position;
import org.jboss.logging.Logger;

/**
 * Demo data for the out-of-the-box embedded setup: one street with communities, branches and
 * party groups and about 200 made-up members, with believable gaps (a branch too small, an overdue 换届, a term ending soon).
 * Loaded once, on the first start; a marker in {@code app_state} keeps it from coming back.
 * Demo accounts, one per role, share {@link #DEMO_PASSWORD}.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String MARKER = "demo-data-loaded";
    /** The password of every demo account: for the demo only (README). */
    public static final String DEMO_PASSWORD = "branchbook-demo";

    private final EntityManager em;
    private final OrganizationService organizations;
    private final LeadershipService leadership;
    private final Periods periods;
    private final AccountService accounts;
    private final MemberService members;
    private final TransferService transfers;
    private final StandardService standards;
    private final PaymentService payments;
    private DemoPeople people;

    public DemoData(EntityManager em, OrganizationService organizations, LeadershipService leadership,
            Periods periods, AccountService accounts, MemberService members, TransferService transfers,
            StandardService standards, PaymentService payments) {
        this.standards = standards;
        this.payments = payments;
        this.em = em;
        this.organizations = organizations;
        this.leadership = leadership;
        this.periods = periods;
        this.accounts = accounts;
        this.members = members;
        this.transfers = transfers;
    }

    /**
     * Loads the demo street and its accounts unless they were loaded before (called by the bootstrap); true when it
     * loaded them now.
     */
    @Transactional
    public boolean loadOnce() {
        int inserted = em.createNativeQuery(
                "insert into app_state (key, value) values (:key, :value) on conflict do nothing")
                .setParameter("key", MARKER).setParameter("value", periods.today().toString()).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        LocalDate today = periods.today();
        people = new DemoPeople(today);
        UUID street = org("JD-001", "幸福街道党工委", OrgType.STREET_WORKING_COMMITTEE, OrgCategory.STREET, null, 0, 0, null, null);
        term(street, today.minusYears(2).withDayOfMonth(1), null, "张卫国", "刘芳", "陈志强", "杨丽");

        // 幸福里社区: a community 党委 in good shape, one branch too small, one with an election due soon
        UUID xfl = org("SQ-0101", "幸福里社区党委", OrgType.PARTY_COMMITTEE, OrgCategory.COMMUNITY, street, 0, 0, 4200, null);
        term(xfl, today.minusYears(2).minusMonths(3), null, "王建国", "李红", "赵明", "孙丽", "周强", "吴敏");
        UUID xfl1 = org("SQ-0101-01", "幸福里社区第一党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, xfl, 28, 2, null, null);
        term(xfl1, today.minusYears(1), null, "郑海", "王芳", "冯刚");
        group(xfl1, "SQ-0101-01-01", "第一党小组");
        group(xfl1, "SQ-0101-01-02", "第二党小组");
        UUID xfl2 = org("SQ-0101-02", "幸福里社区第二党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, xfl, 6, 1, null, null);
        term(xfl2, today.minusYears(3).plusMonths(3), null, "陈静");
        UUID xfl3 = org("SQ-0101-03", "幸福里社区离退休党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, xfl, 2, 0, null, null);
        term(xfl3, today.minusMonths(8), null, "褚建华");

        // 翠竹园社区: a 党总支 whose term is overdue and whose committee is too small for its residents
        UUID czy = org("SQ-0102", "翠竹园社区党总支", OrgType.GENERAL_BRANCH, OrgCategory.COMMUNITY, street, 0, 0, 2600, null);
        term(czy, today.minusYears(5).minusMonths(2), null, "卫东", "蒋丽", "沈涛");
        UUID czy1 = org("SQ-0102-01", "翠竹园社区第一党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, czy, 35, 3, null, null);
        term(czy1, today.minusYears(2), null, "韩梅", "杨光", "朱琳", "秦勇");
        UUID czy2 = org("SQ-0102-02", "翠竹园社区第二党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, czy, 14, 0, null, null);
        term(czy2, today.minusYears(1).minusMonths(5), null, "尤佳");

        // 和平社区: a large community 党委 with a 两新 joint branch covering too many units
        UUID hp = org("SQ-0103", "和平社区党委", OrgType.PARTY_COMMITTEE, OrgCategory.COMMUNITY, street, 0, 0, 6800, null);
        term(hp, today.minusYears(1).minusMonths(1), null, "许文", "何静", "吕斌", "施红", "张伟", "孔亮", "曹敏");
        UUID hp1 = org("SQ-0103-01", "和平社区第一党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, hp, 46, 6, null, null);
        term(hp1, today.minusYears(1), null, "严华", "华强", "金莉", "魏东");
        UUID hp2 = org("SQ-0103-02", "和平社区第二党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, hp, 21, 1, null, null);
        term(hp2, today.minusMonths(30), null, "陶然", "姜波", "戚红");
        UUID hpJoint = org("LH-0103-01", "和平商圈非公企业联合党支部", OrgType.JOINT_BRANCH, OrgCategory.NON_PUBLIC, hp, 9, 1, null, 7);
        term(hpJoint, today.minusYears(1).minusMonths(6), null, "谢飞", "邹静", "喻明");

        // 阳光社区 and a street-level 流动党员党总支 with no leadership recorded yet
        UUID yg = org("SQ-0104", "阳光社区党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, street, 18, 2, 1900, null);
        term(yg, today.minusYears(4).plusMonths(1), null, "柏林", "水清", "窦文", "章华", "云飞");
        org("LD-001", "幸福街道流动党员党总支", OrgType.GENERAL_BRANCH, OrgCategory.MOBILE_MEMBERS, street, 0, 0, null, null);
        UUID ld1 = org("LD-001-01", "流动党员第一党支部", OrgType.BRANCH, OrgCategory.MOBILE_MEMBERS,
                find("LD-001"), 11, 0, null, null);
        term(ld1, today.minusYears(1).minusMonths(2), null, "苏明");
        UUID fg = org("FG-001", "幸福街道非公企业党委", OrgType.PARTY_COMMITTEE, OrgCategory.NON_PUBLIC, street, 0, 0, null, null);
        term(fg, today.minusYears(3).minusMonths(1), null, "潘峰", "葛玲", "奚杰", "范勇", "彭丽");
        UUID fg1 = org("FG-001-01", "星辰科技有限公司党支部", OrgType.BRANCH, OrgCategory.NON_PUBLIC, fg, 8, 2, null, null);
        term(fg1, today.minusMonths(10), null, "郎涛");
        account("street.admin", "街道管理员（演示）", Role.STREET_ADMIN, street);
        account("xfl.admin", "幸福里社区党务工作者（演示）", Role.ORG_ADMIN, xfl);
        account("xfl.viewer", "幸福里社区查看员（演示）", Role.ORG_VIEWER, xfl);
        account("auditor", "街道审计员（演示）", Role.AUDITOR, street);
        account("hp.admin", "和平社区党务工作者（演示）", Role.ORG_ADMIN, hp);
        transfers(xfl, xfl1, czy1, hp, hp1, yg, today);
        dues(List.of(xfl1, xfl2, czy1, hp1), today);
        LOG.info("Demo data loaded: 幸福街道党工委 with its communities, branches and demo accounts (password "
                + DEMO_PASSWORD + ")");
        return true;
    }

    /** A few transfers under way, so that inboxes and the overdue list have something to show. */
    private void transfers(UUID xfl, UUID xfl1, UUID czy1, UUID hp, UUID hp1, UUID yg, LocalDate today) {
        String dues = java.time.YearMonth.from(today.minusMonths(1)).toString();
        // 幸福里 → 和平: waiting for 幸福里社区党委 to approve
        transfers.create(new TransferCreate(TransferScope.INTERNAL, memberOf(xfl1, 0), hp, null, null, null, null, null,
                "迁居至和平社区", dues, null, null));
        // 翠竹园 (a 党总支: the street approves) → 幸福里: approved, waiting for 幸福里 to accept
        UUID toXfl = transfers.create(new TransferCreate(TransferScope.INTERNAL, memberOf(czy1, 0), xfl, null, null, null,
                null, null, "工作调动", dues, null, null)).id();
        transfers.approve(toXfl, null, new TransferApproval(null, null, "同意转接"));
        // 和平 → 外省: letter out, waiting for the 回执
        UUID out = transfers.create(new TransferCreate(TransferScope.OUTGOING, memberOf(hp1, 1), null,
                "中共深圳市南山区粤海街道科技园社区委员会", "广东省深圳市南山区", false, null, null, "随配偶迁居", dues, null, null)).id();
        transfers.approve(out, null, new TransferApproval(null, null, null));
        // 外地 → 阳光社区: an incoming letter waiting for acceptance
        LocalDate birth = today.minusYears(34).withDayOfYear(100);
        transfers.create(new TransferCreate(TransferScope.INCOMING, null, yg, null, null, null,
                "中共南京市玄武区梅园新村街道大悲巷社区委员会", "江苏省南京市玄武区", "大学毕业回原籍工作", dues,
                new IncomingMember("顾晓雯", IdNumber.compose("320102", birth, 246), null, "汉族", "13905150246",
                        null, "南京某软件公司", null, null, today.minusYears(3), today.minusYears(2), MemberStatus.FULL, null),
                new IncomingLetter("宁玄组转〔" + today.getYear() + "〕第0087号", today.minusDays(5), 30)));
    }

    /**
     * 党费 for some branches: standards from six months ago; most members paid up to last month, some owe
     * the last three months (a warning) and a few never paid (flagged after six months).
     */
    private void dues(List<UUID> branches, LocalDate today) {
        java.util.Random random = new java.util.Random(7);
        YearMonth start = YearMonth.from(today).minusMonths(6);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (UUID branch : branches) {
            List<org.branchbook.member.Member> roster = em.createQuery("""
                    from Member m where m.organizationId = :b and m.status in :active order by m.name, m.id""",
                    org.branchbook.member.Member.class).setParameter("b", branch)
                    .setParameter("active", List.of(MemberStatus.FULL, MemberStatus.PROBATIONARY)).getResultList();
            int i = 0;
            for (org.branchbook.member.Member m : roster) {
                boolean retired = m.categorySet().contains(org.branchbook.member.MemberCategory.RETIRED);
                boolean laidOff = m.categorySet().contains(org.branchbook.member.MemberCategory.UNEMPLOYED);
                DuesCategory category = laidOff ? DuesCategory.UNEMPLOYED : retired ? DuesCategory.RETIRED : DuesCategory.IN_WORK;
                Long base = category == DuesCategory.UNEMPLOYED ? null
                        : (retired ? 250_000L : 280_000L) + 1_000L * random.nextInt(retired ? 400 : 900);
                StandardView s = standards.setBase(new DuesBaseInput(m.id, start.toString(), category, base, null));
                YearMonth first = DuesRules.owingFrom(start, m.joinedOn);
                int kind = i++ % 12;
                YearMonth paidTo = kind == 0 ? null : kind == 1 ? last.minusMonths(3) : last;
                if (paidTo != null && !paidTo.isBefore(first)) {
                    long months = first.until(paidTo, java.time.temporal.ChronoUnit.MONTHS) + 1;
                    payments.pay(new PaymentInput(m.id, PaymentKind.REGULAR, first.toString(), paidTo.toString(),
                            s.monthlyFen() * months, paidTo.atDay(10).isAfter(today) ? today : paidTo.atDay(10),
                            random.nextBoolean() ? PaymentMethod.WECHAT : PaymentMethod.CASH, null, "组织委员", null,
                            null, null));
                }
            }
        }
    }

    /** The {@code n}-th full member of a branch, by name. */
    private UUID memberOf(UUID branch, int n) {
        return em.createQuery("select m.id from Member m where m.organizationId = :b and m.status = :full order by m.name, m.id",
                UUID.class).setParameter("b", branch).setParameter("full", MemberStatus.FULL)
                .setFirstResult(n).setMaxResults(1).getSingleResult();
    }

    private void account(String username, String name, Role role, UUID organization) {
        accounts.create(new AccountInput(username, name, role, organization, role == Role.STREET_ADMIN, false,
                DEMO_PASSWORD));
    }

    /** An organization with {@code full} and {@code probationary} made-up members on its roster. */
    private UUID org(String code, String name, OrgType type, OrgCategory category, UUID parent, int full,
            int probationary, Integer residents, Integer units) {
        UUID id = organizations.create(new OrganizationCreate(code, name, null, type, category, parent,
                LocalDate.of(2012, 7, 1), null, null, residents, units)).id();
        for (int i = 0; i < full + probationary; i++) {
            members.create(people.next(id, i < full, category == OrgCategory.MOBILE_MEMBERS));
        }
        return id;
    }

    private void group(UUID branch, String code, String name) {
        org(code, name, OrgType.PARTY_GROUP, OrgCategory.COMMUNITY, branch, 0, 0, null, null);
    }

    private UUID find(String code) {
        return em.createQuery("select o.id from Organization o where o.code = :code", UUID.class)
                .setParameter("code", code).getSingleResult();
    }

    /** A term started on {@code startsOn}; the first person is 书记, the second 副书记, then 委员. */
    private void term(UUID org, LocalDate startsOn, LocalDate endsOn, String... people) {
        List<Position> posts = new ArrayList<>(List.of(Position.SECRETARY));
        if (people.length > 3) {
            posts.add(Position.DEPUTY_SECRETARY);
        }
        posts.addAll(List.of(Position.ORGANIZATION_COMMITTEE_MEMBER, Position.PUBLICITY_COMMITTEE_MEMBER,
                Position.DISCIPLINE_COMMITTEE_MEMBER, Position.YOUTH_COMMITTEE_MEMBER,
                Position.UNITED_FRONT_COMMITTEE_MEMBER));
        // a branch's 支委 are some of its own members (so a 支委会 expects them); committees above name others
        List<String> own = em.createQuery("""
                select m.name from Member m where m.organizationId = :org and m.status = :full order by m.name, m.id""",
                String.class).setParameter("org", org).setParameter("full", MemberStatus.FULL)
                .setMaxResults(people.length).getResultList();
        List<LeadershipSeatInput> seats = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            seats.add(new LeadershipSeatInput(i < posts.size() ? posts.get(i) : Position.COMMITTEE_MEMBER,
                    own.size() == people.length ? own.get(i) : people[i]));
        }
        leadership.startTerm(org, new LeadershipTermInput(startsOn, endsOn, null, null, seats));
    }
}
