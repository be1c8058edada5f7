package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.common.ApiException;
import org.branchbook.common.FieldError;
import org.branchbook.common.table.Cells;
import org.branchbook.common.table.TableFormatException;
import org.branchbook.common.table.TableReader;
import org.branchbook.common.table.Tables;
import org.branchbook.common.table.TooLargeException;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberConfig;
import org.branchbook.member.MemberStatus;

/**
 * Bases from a CSV or XLSX file (one row per member: 身份证号 or 系统编号, 党费类别, 月收入基数（元）, 开始月份):
 * every row is checked first; a dry run reports, a real run writes all rows or, with any bad row, none.
 */
@ApplicationScoped
public class BaseImportService {

    static final String ID = "身份证号";
    static final String SYSTEM_ID = "系统编号";
    static final String NAME = "姓名";
    static final String CATEGORY = "党费类别";
    static final String BASE = "月收入基数（元）";
    static final String FROM = "开始月份";
    /** The template's columns, in order. */
    public static final List<String> HEADER = List.of(ID, NAME, CATEGORY, BASE, FROM, SYSTEM_ID);
    private static final int REPORTED = 1000;

    private final EntityManager em;
    private final Caller caller;
    private final StandardService standards;
    private final DuesRates rates;
    private final DuesConfig config;
    private final MemberConfig memberConfig;

    public BaseImportService(EntityManager em, Caller caller, StandardService standards, DuesRates rates,
            DuesConfig config, MemberConfig memberConfig) {
        this.rates = rates;
        this.em = em;
        this.caller = caller;
        this.standards = standards;
        this.config = config;
        this.memberConfig = memberConfig;
    }

    private record Row(long row, UUID memberId, String idNumber, String name, DuesCategory category, Long baseFen,
            YearMonth from) {}

    /** Reads, checks and (unless dry) applies a file; a real run with errors throws 422 with the report's errors. */
    @Transactional
    public BaseImportReport run(InputStream in, boolean dryRun, YearMonth defaultFrom) {
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int[] read = new int[1];
        try (TableReader reader = Tables.open(in, tempDir(), config.importMaxSize().asLongValue())) {
            read[0] = read(reader, defaultFrom, rows, errors);
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (TooLargeException e) {
            throw tooLarge();
        } catch (TableFormatException e) {
            errors.add(new FieldError(null, e.row() > 0 ? (int) e.row() : null, null, e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof TooLargeException) {
                throw tooLarge();
            }
            throw ApiException.badRequest("body", "文件上传中断或读取失败，请重新上传");
        }
        List<Row> ready = new ArrayList<>(rows.size());
        int[] counts = check(rows, errors, ready); // the rows that read well, so one report lists every problem
        errors.sort(java.util.Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row()));
        BaseImportReport report = new BaseImportReport(dryRun, read[0], counts[0], counts[1], counts[2], errors.size(),
                errors.size() > REPORTED ? errors.subList(0, REPORTED) : errors);
        if (!errors.isEmpty()) {
            if (!dryRun) {
                throw ApiException.unprocessable("import-rejected", "文件有 " + errors.size() + " 处错误，未写入任何数据",
                        report.errors());
            }
            return report;
        }
        if (!dryRun) {
            for (Row r : ready) {
                standards.setBase(new DuesBaseInput(r.memberId(), r.from().toString(), r.category(), r.baseFen(), null));
            }
        }
        return report;
    }

    /** Reads every data row; returns how many there were (good or bad). */
    private int read(TableReader reader, YearMonth defaultFrom, List<Row> rows, List<FieldError> errors)
            throws IOException {
        int count = 0;
        List<String> header = reader.header();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i), i);
        }
        if (!at.containsKey(CATEGORY) || (!at.containsKey(ID) && !at.containsKey(SYSTEM_ID))) {
            errors.add(new FieldError(null, 1, null, "表头应包含“" + CATEGORY + "”和“" + ID + "”（或“" + SYSTEM_ID
                    + "”）；请使用导入模板"));
            return 0;
        }
        if (!at.containsKey(FROM) && defaultFrom == null) {
            errors.add(new FieldError(null, 1, null, "表头没有“" + FROM + "”：请加上该列，或在请求中指定 fromMonth"));
            return 0;
        }
        String[] cells;
        while ((cells = reader.next()) != null) {
            count++;
            long row = reader.rowNumber();
            int before = errors.size();
            String systemId = cell(cells, at.get(SYSTEM_ID));
            String id = cell(cells, at.get(ID));
            UUID memberId = null;
            if (systemId != null) {
                try {
                    memberId = UUID.fromString(systemId);
                } catch (IllegalArgumentException e) {
                    errors.add(error(row, SYSTEM_ID, "系统编号无效"));
                }
            } else if (id == null) {
                errors.add(error(row, ID, "请填写身份证号或系统编号"));
            } else if (id.contains("*")) {
                errors.add(error(row, ID, "身份证号已隐去部分数字：请填写完整号码，或保留导出文件中的系统编号"));
            }
            DuesCategory category = category(cell(cells, at.get(CATEGORY)));
            if (category == null) {
                errors.add(error(row, CATEGORY, "党费类别应为：在职、离退休、学生、下岗失业、低保、救济、农民"));
            }
            Long base = null;
            String rawBase = cell(cells, at.get(BASE));
            if (rawBase != null) {
                try {
                    BigDecimal yuan = new BigDecimal(rawBase.replace(",", ""));
                    if (yuan.signum() < 0 || yuan.scale() > 2) {
                        throw new NumberFormatException();
                    }
                    base = yuan.movePointRight(2).longValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    errors.add(error(row, BASE, "应为不小于零、最多两位小数的金额（元），如 6500.00"));
                }
            }
            YearMonth from = defaultFrom;
            String rawFrom = cell(cells, at.get(FROM));
            if (rawFrom != null) {
                try {
                    from = YearMonth.parse(rawFrom.replace('/', '-').replaceFirst("^(\\d{4})-(\\d)$", "$1-0$2"));
                } catch (DateTimeParseException e) {
                    errors.add(error(row, FROM, "应为年月，如 2027-01"));
                }
            } else if (from == null) {
                errors.add(error(row, FROM, "请填写开始月份"));
            }
            if (errors.size() == before) {
                rows.add(new Row(row, memberId, id == null ? null : IdNumber.normalize(id), cell(cells, at.get(NAME)),
                        category, base, from));
            }
        }
        if (count == 0) {
            errors.add(new FieldError(null, 2, null, "文件中没有数据行"));
        }
        return count;
    }

    /** Resolves members in the caller's scope and checks each row by the rules; returns created, updated, unchanged. */
    private int[] check(List<Row> rows, List<FieldError> errors, List<Row> ready) {
        Map<String, Object[]> byIdNumber = new HashMap<>();
        Map<UUID, Object[]> byId = new HashMap<>();
        List<String> numbers = rows.stream().map(Row::idNumber).filter(n -> n != null).distinct().toList();
        List<UUID> ids = rows.stream().map(Row::memberId).filter(n -> n != null).distinct().toList();
        for (int i = 0; i < Math.max(numbers.size(), ids.size()); i += 1000) {
            List<String> nChunk = numbers.subList(Math.min(i, numbers.size()), Math.min(i + 1000, numbers.size()));
            List<UUID> iChunk = ids.subList(Math.min(i, ids.size()), Math.min(i + 1000, ids.size()));
            em.createQuery("""
                    select m.id, m.idNumber, m.name, m.status from Member m, Organization o
                    where o.id = m.organizationId and o.path like :scope
                      and (m.idNumber in :numbers or m.id in :ids)""", Object[].class)
                    .setParameter("scope", caller.scope())
                    .setParameter("numbers", nChunk.isEmpty() ? List.of("-") : nChunk)
                    .setParameter("ids", iChunk.isEmpty() ? List.of(new UUID(0, 0)) : iChunk)
                    .getResultList().forEach(r -> {
                        byIdNumber.put((String) r[1], r);
                        byId.put((UUID) r[0], r);
                    });
        }
        DuesRules rules = config.rules();
        Set<String> seen = new HashSet<>();
        int[] counts = new int[3];
        Map<UUID, Map<YearMonth, DuesStandard>> existing = new HashMap<>();
        for (Row r : rows) {
            Object[] m = r.memberId() != null ? byId.get(r.memberId()) : byIdNumber.get(r.idNumber());
            String column = r.memberId() != null ? SYSTEM_ID : ID;
            if (m == null) {
                errors.add(error(r.row(), column, "本账号管理范围内没有这名党员"));
                continue;
            }
            UUID memberId = (UUID) m[0];
            if (r.name() != null && !r.name().equals(m[2])) {
                errors.add(error(r.row(), NAME, "姓名与系统中的“" + m[2] + "”不符"));
            }
            if (!((MemberStatus) m[3]).active()) {
                errors.add(error(r.row(), column, "该党员已" + ((MemberStatus) m[3]).label() + "，不再核定党费"));
            }
            if (!seen.add(memberId + "/" + r.from())) {
                errors.add(error(r.row(), column, "同一党员同一开始月份在文件中出现了两次"));
            }
            if (!rules.mayStartIn(r.from())) {
                errors.add(error(r.row(), FROM, "按本地规定，工资变动从次年一月起调整党费"));
            }
            RateTable table = rates.tableIfAny(r.from());
            if (table == null) {
                errors.add(error(r.row(), FROM, r.from() + " 时还没有党费标准表"));
                continue;
            }
            DuesRate.Result rate = DuesRate.monthly(table, r.category(), r.baseFen());
            if (!rate.valid()) {
                errors.add(error(r.row(), BASE, rate.problem()));
                continue;
            }
            DuesStandard s = existing.computeIfAbsent(memberId, k -> standards.byMonth(k)).get(r.from());
            Long base = r.category().rated() || r.category() == DuesCategory.FARMER ? r.baseFen() : null;
            counts[s == null ? 0 : s.category == r.category() && java.util.Objects.equals(s.baseFen, base) ? 2 : 1]++;
            ready.add(new Row(r.row(), memberId, r.idNumber(), r.name(), r.category(), r.baseFen(), r.from()));
        }
        return counts;
    }

    private static DuesCategory category(String raw) {
        if (raw == null) {
            return null;
        }
        for (DuesCategory c : DuesCategory.values()) {
            if (c.label().equals(raw) || c.name().equalsIgnoreCase(raw)) {
                return c;
            }
        }
        return switch (raw) {
            case "在职党员" -> DuesCategory.IN_WORK;
            case "离退休党员", "退休" -> DuesCategory.RETIRED;
            case "低保", "救济" -> DuesCategory.RELIEF;
            default -> null;
        };
    }

    private static String cell(String[] cells, Integer index) {
        if (index == null || index >= cells.length) {
            return null;
        }
        String v = Cells.unneutralize(cells[index]);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static FieldError error(long row, String column, String message) {
        return new FieldError(null, (int) row, column, message);
    }

    private Path tempDir() {
        return memberConfig.importing().tempDir().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too-large", "文件过大", "文件超过了允许的大小（"
                + config.importMaxSize().asLongValue() / (1024 * 1024) + " MB）", null);
    }
}
