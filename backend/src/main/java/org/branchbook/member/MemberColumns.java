package org.branchbook.member;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchbook.common.table.Cells;

/**
 * The 党员花名册 as a spreadsheet: its Chinese column headers (the same for export and import, so a
 * file round-trips through Excel or WPS), how a row is written, and how a row is read back into a
 * {@link MemberRecord}. Pure.
 */
public final class MemberColumns {

    /** The columns, in file order. */
    public enum Column {
        NAME("姓名", true, "name"),
        GENDER("性别", false, "gender"),
        ETHNICITY("民族", false, "ethnicity"),
        BIRTH_DATE("出生日期", false, "birthDate"),
        ID_NUMBER("身份证号", true, "idNumber"),
        PHONE("联系电话", false, "phone"),
        EDUCATION("学历", false, "education"),
        WORK_UNIT("工作单位", false, "workUnit"),
        JOB_TITLE("职务", false, "jobTitle"),
        ADDRESS("家庭住址", false, "address"),
        JOINED_ON("入党日期", true, "joinedOn"),
        FULL_ON("转正日期", false, "fullOn"),
        STATUS("党员状态", true, "status"),
        BRANCH_CODE("所在党支部编码", true, "organizationId"),
        BRANCH_NAME("所在党支部", false, null),
        GROUP_CODE("党小组编码", false, "groupId"),
        REGISTRATION("党员类别", false, "registration"),
        CATEGORIES("特殊群体", false, "categories"),
        MOBILITY("流动类型", false, "mobility"),
        MOBILE_PLACE("流动地点", false, "mobilePlace"),
        MOBILE_ORGANIZATION("流动地党组织", false, "mobileOrganization"),
        MOBILE_CONTACT("流动期间联系方式", false, "mobileContact"),
        MOBILE_SINCE("流动开始日期", false, "mobileSince"),
        NOTE("备注", false, "note"),
        SYSTEM_ID("系统编号", false, null);

        public final String header;
        public final boolean required;
        /** The API field whose problems {@link MemberRules} reports under this column. */
        final String field;

        Column(String header, boolean required, String field) {
            this.header = header;
            this.required = required;
            this.field = field;
        }
    }

    public static final List<String> HEADERS = Arrays.stream(Column.values()).map(c -> c.header).toList();

    private static final Map<String, Column> BY_HEADER = new HashMap<>();
    private static final Map<String, Column> BY_FIELD = new HashMap<>();
    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—/]+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");

    static {
        for (Column c : Column.values()) {
            BY_HEADER.put(c.header, c);
            if (c.field != null) {
                BY_FIELD.put(c.field, c);
            }
        }
    }

    private MemberColumns() {}

    /** One problem in an imported file: the row as a spreadsheet numbers it (header = 1), column header, message. */
    public record Problem(long row, String column, String message) {}

    /** Where each column is in a file, or the problems with its header row. */
    public record Layout(Map<Column, Integer> positions, List<Problem> problems) {}

    /** Reads a header row: every known column by name (order free); unknown, repeated or missing ones are problems. */
    public static Layout layout(List<String> header, long headerRow) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i)).replace("*", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            Column c = BY_HEADER.get(name);
            if (c == null) {
                problems.add(new Problem(headerRow, name, "未知的列“" + name + "”。列名应与导出文件或导入模板一致（如文件编码不对也会这样，请使用 UTF-8 或 GBK）"));
            } else if (positions.putIfAbsent(c, i) != null) {
                problems.add(new Problem(headerRow, name, "列“" + name + "”出现了两次"));
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !positions.containsKey(c)) {
                problems.add(new Problem(headerRow, c.header, "缺少必填列“" + c.header + "”"));
            }
        }
        return new Layout(positions, problems);
    }

    /** A data row as read: the member's fields, the organization codes, and how it names an existing member. */
    public record Row(long row, MemberRecord record, String branchCode, String groupCode, UUID systemId,
            boolean idMasked, boolean phoneMasked, List<Problem> problems) {}

    /** Reads one data row against a layout and checks it with {@link MemberRules} (status rules excepted). */
    public static Row read(long row, String[] cells, Layout layout, LocalDate today) {
        Reader r = new Reader(row, cells, layout);
        String idRaw = r.text(Column.ID_NUMBER);
        boolean idMasked = idRaw != null && MASKED_ID.matcher(idRaw.toUpperCase()).matches();
        String phoneRaw = r.text(Column.PHONE);
        boolean phoneMasked = phoneRaw != null && phoneRaw.contains("*");
        MemberStatus status = r.choice(Column.STATUS, MemberStatus.class, MemberStatus::label);
        MemberRecord record = new MemberRecord(r.freeText(Column.NAME), idMasked ? null : idRaw,
                r.gender(), r.freeText(Column.ETHNICITY), idMasked ? null : r.date(Column.BIRTH_DATE),
                phoneMasked ? null : phoneRaw, r.choice(Column.EDUCATION, Education.class, Education::label),
                r.freeText(Column.WORK_UNIT), r.freeText(Column.JOB_TITLE), r.freeText(Column.ADDRESS),
                r.date(Column.JOINED_ON), r.date(Column.FULL_ON), status, r.registration(), r.categories(),
                r.choice(Column.MOBILITY, Mobility.class, Mobility::label), r.freeText(Column.MOBILE_PLACE),
                r.freeText(Column.MOBILE_ORGANIZATION), r.freeText(Column.MOBILE_CONTACT), r.date(Column.MOBILE_SINCE),
                r.freeText(Column.NOTE));
        String branchCode = r.text(Column.BRANCH_CODE);
        String groupCode = r.text(Column.GROUP_CODE);
        r.freeText(Column.BRANCH_NAME); // informational, but still no formulas
        UUID systemId = r.uuid(Column.SYSTEM_ID);
        if (idRaw == null) {
            r.problem(Column.ID_NUMBER, "身份证号不能为空");
        } else if (idMasked && systemId == null) {
            r.problem(Column.ID_NUMBER, "身份证号是脱敏的（含 *），又没有“系统编号”，无法确定是哪位党员；请填写完整身份证号");
        }
        if (status == null && !r.has(Column.STATUS) && r.clean(Column.STATUS)) {
            r.problem(Column.STATUS, "党员状态不能为空（预备党员或正式党员）");
        }
        if (branchCode == null && r.clean(Column.BRANCH_CODE)) {
            r.problem(Column.BRANCH_CODE, "所在党支部编码不能为空");
        }
        if (r.clean(Column.ID_NUMBER) || idMasked) {
            // status rules depend on whether the member exists: the importer checks them against the database
            MemberRules.Checked checked = MemberRules.check(record, today, false);
            for (MemberRules.Problem p : checked.problems()) {
                Column c = BY_FIELD.getOrDefault(p.field(), Column.NAME);
                if (r.clean(c) && !(p.field().equals("fullOn") && status == null)) {
                    r.problem(c, p.message());
                }
            }
            record = checked.record();
        }
        return new Row(row, record, branchCode, groupCode, systemId, idMasked, phoneMasked, List.copyOf(r.problems));
    }

    /** The cells of a member's row, in {@link #HEADERS} order. */
    public static List<String> render(Member m, boolean revealed, String branchCode, String branchName,
            String groupCode) {
        List<String> out = new ArrayList<>(HEADERS.size());
        out.add(m.name);
        out.add(MemberRules.label(m.gender));
        out.add(m.ethnicity);
        // the birth date is the masked middle of the 身份证号: shown only with it
        out.add(revealed ? str(m.birthDate) : null);
        out.add(revealed ? m.idNumber : IdNumber.mask(m.idNumber));
        out.add(revealed ? m.phone : PhoneNumber.mask(m.phone));
        out.add(m.education == null ? null : m.education.label());
        out.add(m.workUnit);
        out.add(m.jobTitle);
        out.add(m.address);
        out.add(str(m.joinedOn));
        out.add(str(m.fullOn));
        out.add(m.status.label());
        out.add(branchCode);
        out.add(branchName);
        out.add(groupCode);
        out.add(m.registration.label());
        out.add(String.join("、", m.categorySet().stream().map(MemberCategory::label).toList()));
        out.add(m.mobility == null ? null : m.mobility.label());
        out.add(m.mobilePlace);
        out.add(m.mobileOrganization);
        out.add(m.mobileContact);
        out.add(str(m.mobileSince));
        out.add(m.note);
        out.add(m.id.toString());
        return out;
    }

    /** What to put in a column, for the template's 填写说明 sheet. */
    public static String help(Column c) {
        return switch (c) {
            case NAME -> "党员姓名";
            case GENDER -> "男 或 女；可留空，按身份证号填写";
            case ETHNICITY -> "民族标准名称，如 汉族、回族";
            case BIRTH_DATE -> "YYYY-MM-DD；可留空，按身份证号填写";
            case ID_NUMBER -> "18位身份证号（含校验位），全系统唯一，用于识别党员：已有的党员会被更新";
            case PHONE -> "手机或座机号码";
            case EDUCATION -> String.join("、", Arrays.stream(Education.values()).map(Education::label).toList());
            case WORK_UNIT, JOB_TITLE, ADDRESS, BRANCH_NAME, MOBILE_ORGANIZATION, MOBILE_CONTACT, NOTE -> "文字；"
                    + (c == Column.BRANCH_NAME ? "仅供查看，导入时以党支部编码为准" : "不能以 = + - @ 开头");
            case JOINED_ON -> "YYYY-MM-DD，入党时应年满18周岁";
            case FULL_ON -> "YYYY-MM-DD；正式党员必填，不早于入党满一年";
            case STATUS -> "预备党员 或 正式党员（新登记）；已有党员的状态不能通过导入修改";
            case BRANCH_CODE -> "所在党支部（或联合党支部）的党组织编码，须在本账号管理范围内";
            case GROUP_CODE -> "所在党小组的党组织编码（属于上述党支部）；可留空";
            case REGISTRATION -> "在册党员 或 在职党员到社区报到；默认在册党员";
            case CATEGORIES -> "可多选，用顿号分隔：" + String.join("、",
                    Arrays.stream(MemberCategory.values()).map(MemberCategory::label).toList());
            case MOBILITY -> "流出 或 流入；非流动党员留空";
            case MOBILE_PLACE -> "流动党员必填：流出地或流入前所在地";
            case MOBILE_SINCE -> "YYYY-MM-DD";
            case SYSTEM_ID -> "导出文件中的原值，用于在身份证号脱敏时识别党员；新党员留空";
        };
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String normalize(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** Cell access for one row, collecting problems per column (one per column at most). */
    private static final class Reader {
        private final long row;
        private final String[] cells;
        private final Layout layout;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<Column> failed = EnumSet.noneOf(Column.class);

        Reader(long row, String[] cells, Layout layout) {
            this.row = row;
            this.cells = cells;
            this.layout = layout;
        }

        boolean has(Column c) {
            return raw(c) != null;
        }

        /** Whether no problem was reported for this column yet. */
        boolean clean(Column c) {
            return !failed.contains(c);
        }

        void problem(Column c, String message) {
            if (failed.add(c)) {
                problems.add(new Problem(row, c.header, message));
            }
        }

        private String raw(Column c) {
            Integer i = layout.positions().get(c);
            if (i == null || i >= cells.length || cells[i] == null) {
                return null;
            }
            String v = cells[i].strip();
            // "-", "—" or "/" is how spreadsheets often say "none"
            return v.isEmpty() || PLACEHOLDER.matcher(v).matches() ? null : v;
        }

        /** A value that is a code, a number or a date: NFKC-folded, no formula check beyond its own format. */
        String text(Column c) {
            String v = raw(c);
            return v == null ? null : normalize(Cells.unneutralize(v));
        }

        /** Free text that a spreadsheet must never run: a leading = + - @ is refused. */
        String freeText(Column c) {
            String v = raw(c);
            if (v == null) {
                return null;
            }
            String value = Cells.unneutralize(v);
            if (Cells.looksLikeFormula(value)) {
                problem(c, "内容以 = + - @ 开头，会被电子表格当作公式执行，已拒绝");
                return null;
            }
            return value.strip();
        }

        LocalDate date(Column c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            Matcher m = DATE.matcher(v);
            if (!m.matches()) {
                m = COMPACT_DATE.matcher(v);
            }
            try {
                LocalDate d = m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))) : LocalDate.parse(v);
                if (d.getYear() < 1900 || d.getYear() > 2200) {
                    throw new java.time.DateTimeException("out of range");
                }
                return d;
            } catch (java.time.DateTimeException | NumberFormatException e) {
                problem(c, "“" + v + "”不是有效日期，应为 YYYY-MM-DD（如 2001-07-01）");
                return null;
            }
        }

        <E extends Enum<E>> E choice(Column c, Class<E> type, java.util.function.Function<E, String> label) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (label.apply(e).equals(v) || e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            problem(c, "“" + v + "”不是可选的值，可选：" + String.join("、",
                    Arrays.stream(type.getEnumConstants()).map(label).toList()));
            return null;
        }

        IdNumber.Gender gender() {
            String v = text(Column.GENDER);
            if (v == null) {
                return null;
            }
            return switch (v) {
                case "男", "MALE", "male" -> IdNumber.Gender.MALE;
                case "女", "FEMALE", "female" -> IdNumber.Gender.FEMALE;
                default -> {
                    problem(Column.GENDER, "性别应为“男”或“女”");
                    yield null;
                }
            };
        }

        Registration registration() {
            String v = text(Column.REGISTRATION);
            if (v == null) {
                return null;
            }
            if (v.equals("在册") || v.equals("在册党员")) {
                return Registration.REGISTERED;
            }
            if (v.contains("报到")) {
                return Registration.REPORTING;
            }
            return choice(Column.REGISTRATION, Registration.class, Registration::label);
        }

        Set<MemberCategory> categories() {
            String v = text(Column.CATEGORIES);
            Set<MemberCategory> out = EnumSet.noneOf(MemberCategory.class);
            if (v == null) {
                return out;
            }
            for (String part : LIST_SEPARATORS.split(v)) {
                if (part.isEmpty()) {
                    continue;
                }
                MemberCategory found = null;
                for (MemberCategory m : MemberCategory.values()) {
                    if (m.label().equals(part) || m.name().equalsIgnoreCase(part)) {
                        found = m;
                    }
                }
                if (found == null) {
                    problem(Column.CATEGORIES, "“" + part + "”不是特殊群体类别，可选：" + String.join("、",
                            Arrays.stream(MemberCategory.values()).map(MemberCategory::label).toList()) + "（多个用顿号分隔）");
                    return out;
                }
                out.add(found);
            }
            return out;
        }

        UUID uuid(Column c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            try {
                if (v.length() != 36) {
                    throw new IllegalArgumentException();
                }
                return UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                problem(c, "系统编号无效（应为导出文件中的原值，新党员请留空）");
                return null;
            }
        }
    }
}
