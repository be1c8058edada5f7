package org.branchbook.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.branchbook.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member list's SQL: filters, sorts and keyset pages, always inside the caller's subtree. The
 * export streams the same filter. Every filter and order here has an index in V3__members.sql.
 */
@ApplicationScoped
public class MemberQueries {

    /** List orders; each ends with the id so pages are stable. */
    @Schema(name = "MemberSort", description = "NAME (pinyin), JOINED_ON, JOINED_ON_DESC, BIRTH_DATE, BIRTH_DATE_DESC")
    public enum Sort {
        NAME("m.name collate \"zh-x-icu\"", false),
        JOINED_ON("m.joined_on", false),
        JOINED_ON_DESC("m.joined_on", true),
        BIRTH_DATE("m.birth_date", false),
        BIRTH_DATE_DESC("m.birth_date", true);

        final String column;
        final boolean descending;

        Sort(String column, boolean descending) {
            this.column = column;
            this.descending = descending;
        }

        String keyOf(Member m) {
            return switch (this) {
                case NAME -> m.name;
                case JOINED_ON, JOINED_ON_DESC -> m.joinedOn.toString();
                case BIRTH_DATE, BIRTH_DATE_DESC -> m.birthDate.toString();
            };
        }

        String keyParam() {
            return this == NAME ? "cast(:afterKey as varchar) collate \"zh-x-icu\"" : "cast(:afterKey as date)";
        }
    }

    /** The list filters; all optional. Without statuses, members today (probationary and full). */
    public record Filter(UUID organizationId, Set<MemberStatus> statuses, MemberCategory category,
            Registration registration, Mobility mobility, Integer ageMin, Integer ageMax, LocalDate joinedFrom,
            LocalDate joinedTo, String text, Sort sort, Integer limit, String cursor) {}

    /** One page of entities and the cursor after it. */
    public record Result(List<Member> members, String nextCursor) {}

    /** Digits the masks leave visible at the end of a 身份证号 and a phone number. */
    private static final int VISIBLE_DIGITS = 4;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9Xx]{1,18}");

    private final EntityManager em;
    private final Caller caller;
    private final OrganizationService organizations;
    private final Periods periods;

    public MemberQueries(EntityManager em, Caller caller, OrganizationService organizations, Periods periods) {
        this.em = em;
        this.caller = caller;
        this.organizations = organizations;
        this.periods = periods;
    }

    public Result page(Filter f) {
        int limit = Cursor.limit(f.limit());
        Sort sort = f.sort() == null ? Sort.NAME : f.sort();
        Where where = where(f);
        List<String> after = Cursor.decode(f.cursor(), 2);
        StringBuilder sql = new StringBuilder("select m.* from member m join organization o on o.id = m.organization_id where ")
                .append(where.sql());
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        if (!after.isEmpty()) {
            sql.append(" and (").append(sort.column).append(", m.id) ").append(sort.descending ? "<" : ">")
                    .append(" (").append(sort.keyParam()).append(", cast(:afterId as uuid))");
            params.put("afterKey", after.get(0));
            params.put("afterId", cursorId(after.get(1)));
            if (sort != Sort.NAME) {
                cursorDate(after.get(0));
            }
        }
        String direction = sort.descending ? " desc" : "";
        sql.append(" order by ").append(sort.column).append(direction).append(", m.id").append(direction);
        var query = em.createNativeQuery(sql.toString(), Member.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Member> rows = query.setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Result(rows, null);
        }
        List<Member> items = rows.subList(0, limit);
        Member last = items.get(limit - 1);
        return new Result(items, Cursor.encode(sort.keyOf(last), last.id.toString()));
    }

    /** The WHERE clause of a filter (on {@code m} member and {@code o} its organization) with its parameters. */
    public record Where(String sql, Map<String, Object> params) {}

    public Where where(Filter f) {
        StringBuilder sql = new StringBuilder("o.path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", caller.scope());
        if (f.organizationId() != null) {
            sql.append(" and o.path like :prefix");
            params.put("prefix", organizations.require(f.organizationId()).subtreePattern());
        }
        Set<MemberStatus> statuses = f.statuses() == null || f.statuses().isEmpty()
                ? Set.of(MemberStatus.PROBATIONARY, MemberStatus.FULL) : f.statuses();
        sql.append(" and m.status in (:statuses)");
        params.put("statuses", statuses.stream().map(Enum::name).toList());
        if (f.category() != null) {
            sql.append(" and m.categories @> array[cast(:category as varchar)]");
            params.put("category", f.category().name());
        }
        if (f.registration() != null) {
            sql.append(" and m.registration = :registration");
            params.put("registration", f.registration().name());
        }
        if (f.mobility() != null) {
            sql.append(" and m.mobility = :mobility");
            params.put("mobility", f.mobility().name());
        }
        LocalDate today = periods.today();
        if (f.ageMin() != null || f.ageMax() != null) {
            if (f.ageMin() != null && f.ageMax() != null && f.ageMin() > f.ageMax()) {
                throw ApiException.badRequest("ageMin", "最小年龄不能大于最大年龄");
            }
        }
        if (f.ageMin() != null) {
            // aged at least N today: born on or before today minus N years
            sql.append(" and m.birth_date <= :bornBy");
            params.put("bornBy", today.minusYears(checkAge("ageMin", f.ageMin())));
        }
        if (f.ageMax() != null) {
            sql.append(" and m.birth_date > :bornAfter");
            params.put("bornAfter", today.minusYears(checkAge("ageMax", f.ageMax()) + 1L));
        }
        if (f.joinedFrom() != null) {
            sql.append(" and m.joined_on >= :joinedFrom");
            params.put("joinedFrom", f.joinedFrom());
        }
        if (f.joinedTo() != null) {
            sql.append(" and m.joined_on <= :joinedTo");
            params.put("joinedTo", f.joinedTo());
        }
        if (f.joinedFrom() != null && f.joinedTo() != null && f.joinedFrom().isAfter(f.joinedTo())) {
            throw ApiException.badRequest("joinedFrom", "入党日期范围的起点不能晚于终点");
        }
        String text = f.text() == null ? "" : java.text.Normalizer.normalize(f.text(), java.text.Normalizer.Form.NFKC).strip();
        if (!text.isEmpty()) {
            if (text.length() > 50) {
                throw ApiException.badRequest("q", "搜索词不能超过50个字符");
            }
            if (DIGITS.matcher(text).matches()) {
                String digits = text.toUpperCase();
                if (caller.canRevealSensitive()) {
                    // the last digits of a 身份证号, or part of a phone number
                    sql.append(" and (reverse(m.id_number) like :idTail or m.phone like :phonePart)");
                    params.put("idTail", new StringBuilder(digits).reverse() + "%");
                    params.put("phonePart", "%" + digits + "%");
                } else if (digits.length() <= VISIBLE_DIGITS) {
                    // only what the masks show: more digits would let a search tell the hidden ones, one by one
                    sql.append(" and (reverse(m.id_number) like :idTail or reverse(m.phone) like :idTail)");
                    params.put("idTail", new StringBuilder(digits).reverse() + "%");
                } else if (digits.length() == 18 || digits.length() == 11) {
                    sql.append(" and (m.id_number = :whole or m.phone = :whole)");
                    params.put("whole", digits);
                } else {
                    throw ApiException.badRequest("q", "请输入身份证号或电话的后" + VISIBLE_DIGITS
                            + "位，或完整的18位身份证号、11位手机号（查看完整信息的权限才能按其他位数搜索）");
                }
            } else {
                sql.append(" and m.name like :name escape '\\'");
                params.put("name", Params.containing(text));
            }
        }
        return new Where(sql.toString(), params);
    }

    private static int checkAge(String field, int age) {
        if (age < 0 || age > 150) {
            throw ApiException.badRequest(field, "年龄应在 0 到 150 之间");
        }
        return age;
    }

    private static UUID cursorId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }

    private static void cursorDate(String raw) {
        try {
            LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }
}
