package org.branchbook.member;

import org.branchbook.common.Params;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a member's record valid, for forms and imports alike: a real 身份证号 that agrees with
 * the birth date and gender, 入党 at 18 or older (党章 第一条), 转正 no earlier than a year after
 * joining, and dates not in the future. Pure.
 */
public final class MemberRules {

    /** 党章 第一条: 年满十八岁. */
    public static final int MIN_JOINING_AGE = 18;

    /** One problem with one field; {@code field} is the API field name. */
    public record Problem(String field, String message) {}

    private MemberRules() {}

    /**
     * The problems of a record, and the record completed from the 身份证号 (normalized number, birth
     * date and gender filled in when absent). {@code creating}: a new member must start as
     * probationary or full; an edit keeps whatever status lifecycle actions gave it.
     */
    public static Checked check(MemberRecord r, LocalDate today, boolean creating) {
        List<Problem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank()) {
            problems.add(new Problem("name", "姓名不能为空"));
        } else if (r.name().strip().length() > 50) {
            problems.add(new Problem("name", "姓名不能超过50个字"));
        }
        String idNumber = r.idNumber();
        LocalDate birth = r.birthDate();
        IdNumber.Gender gender = r.gender();
        // an edit may leave the number unknown (a masked import row): then it is kept, and so is what it encodes
        boolean idKnown = idNumber != null || creating;
        java.util.Optional<IdNumber.Parsed> parsed = idKnown ? IdNumber.parse(idNumber, today) : java.util.Optional.empty();
        if (idKnown && parsed.isEmpty()) {
            problems.add(new Problem("idNumber", IdNumber.problem(idNumber, today)));
        } else if (idKnown) {
            IdNumber.Parsed id = parsed.get();
            idNumber = id.value();
            if (birth != null && !birth.equals(id.birthDate())) {
                problems.add(new Problem("birthDate", "出生日期与身份证号中的 " + id.birthDate() + " 不一致"));
            }
            if (gender != null && gender != id.gender()) {
                problems.add(new Problem("gender", "性别与身份证号不一致（身份证号为" + label(id.gender()) + "）"));
            }
            birth = id.birthDate();
            gender = id.gender();
        }
        tooLong(problems, "workUnit", "工作单位", r.workUnit(), 200);
        tooLong(problems, "jobTitle", "职务", r.jobTitle(), 100);
        tooLong(problems, "address", "家庭住址", r.address(), 300);
        tooLong(problems, "mobilePlace", "流动地点", r.mobilePlace(), 200);
        tooLong(problems, "mobileOrganization", "流动地党组织", r.mobileOrganization(), 200);
        tooLong(problems, "mobileContact", "流动期间联系方式", r.mobileContact(), 100);
        tooLong(problems, "note", "备注", r.note(), 500);
        if (r.ethnicity() != null && Ethnicity.normalize(r.ethnicity()) == null) {
            problems.add(new Problem("ethnicity", "民族应为 56 个民族的标准名称之一（如“汉族”），或“其他”"));
        }
        String phone = PhoneNumber.normalize(r.phone());
        String phoneProblem = PhoneNumber.problem(phone);
        if (phoneProblem != null) {
            problems.add(new Problem("phone", phoneProblem));
        }
        LocalDate joined = r.joinedOn();
        if (joined == null) {
            problems.add(new Problem("joinedOn", "入党日期不能为空"));
        } else {
            if (joined.isAfter(today)) {
                problems.add(new Problem("joinedOn", "入党日期不能晚于今天"));
            }
            if (birth != null && joined.isBefore(birth.plusYears(MIN_JOINING_AGE))) {
                problems.add(new Problem("joinedOn", "入党时应年满" + MIN_JOINING_AGE + "周岁（出生日期 " + birth + "）"));
            }
        }
        MemberStatus status = r.status();
        if (creating && status != MemberStatus.PROBATIONARY && status != MemberStatus.FULL) {
            problems.add(new Problem("status", "新登记的党员应为预备党员或正式党员"));
        }
        if (status == MemberStatus.FULL) {
            if (r.fullOn() == null) {
                problems.add(new Problem("fullOn", "正式党员须填写转正日期"));
            } else if (r.fullOn().isAfter(today)) {
                problems.add(new Problem("fullOn", "转正日期不能晚于今天"));
            } else if (joined != null && r.fullOn().isBefore(Lifecycle.probationEnd(joined))) {
                problems.add(new Problem("fullOn", "转正日期不能早于预备期满（入党一年后，" + Lifecycle.probationEnd(joined) + "）"));
            }
        } else if (status == MemberStatus.PROBATIONARY && r.fullOn() != null) {
            problems.add(new Problem("fullOn", "预备党员没有转正日期；转正请使用“转正”操作"));
        } else if (r.fullOn() != null && joined != null && r.fullOn().isBefore(joined)) {
            problems.add(new Problem("fullOn", "转正日期不能早于入党日期"));
        }
        if (r.mobility() == null) {
            if (r.mobilePlace() != null || r.mobileOrganization() != null || r.mobileContact() != null
                    || r.mobileSince() != null) {
                problems.add(new Problem("mobility", "填写了流动信息，但没有选择流出或流入"));
            }
        } else {
            if (r.mobilePlace() == null || r.mobilePlace().isBlank()) {
                problems.add(new Problem("mobilePlace", "流动党员须填写" + (r.mobility() == Mobility.OUTFLOW ? "流出地" : "流入前所在地")));
            }
            if (r.mobileSince() != null && r.mobileSince().isAfter(today)) {
                problems.add(new Problem("mobileSince", "流动开始日期不能晚于今天"));
            }
        }
        MemberRecord completed = new MemberRecord(r.name() == null ? null : r.name().strip(), idNumber, gender,
                Ethnicity.normalize(r.ethnicity()), birth, phone, r.education(), blankToNull(r.workUnit()),
                blankToNull(r.jobTitle()), blankToNull(r.address()), joined, status == MemberStatus.PROBATIONARY ? null : r.fullOn(),
                status, r.registration() == null ? Registration.REGISTERED : r.registration(),
                r.categories() == null ? java.util.Set.of() : r.categories(), r.mobility(),
                r.mobility() == null ? null : blankToNull(r.mobilePlace()),
                r.mobility() == null ? null : blankToNull(r.mobileOrganization()),
                r.mobility() == null ? null : blankToNull(r.mobileContact()),
                r.mobility() == null ? null : r.mobileSince(), blankToNull(r.note()));
        return new Checked(completed, List.copyOf(problems));
    }

    /** A record completed from its 身份证号, and what is wrong with it (empty when valid). */
    public record Checked(MemberRecord record, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static void tooLong(List<Problem> problems, String field, String label, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, label + "不能超过" + max + "个字"));
        }
    }

    static String label(IdNumber.Gender g) {
        return g == IdNumber.Gender.MALE ? "男" : "女";
    }

    static String blankToNull(String s) {
        return Params.strippedOrNull(s);
    }
}
