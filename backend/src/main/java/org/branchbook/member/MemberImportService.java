package org.branchbook.member;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.FieldError;
import org.branchbook.common.Idempotency;
import org.branchbook.common.Periods;
import org.branchbook.common.db.CopyStream;
import org.branchbook.common.table.TableFormatException;
import org.branchbook.common.table.TableReader;
import org.branchbook.common.table.Tables;
import org.branchbook.common.table.TooLargeException;
import org.hibernate.Session;

/**
 * Bulk import of the roster: upsert by 身份证号 inside the caller's subtree, all or nothing.
 *
 * <p>The file is streamed: each row is read and checked on its own ({@link MemberColumns}) and
 * sent with COPY into a temporary table, so memory stays flat however long the file. What needs
 * the whole file or the database (duplicates, organization codes, existing members, scope) is then
 * checked in SQL, and the members are written with a few INSERT … SELECT and UPDATE … FROM
 * statements in the same transaction. Every run leaves a report; bad rows are kept for the
 * errors CSV.
 */
@ApplicationScoped
public class MemberImportService {

    static final String OPERATION = "importMembers";
    /** Imports writing at least this many members refresh the table statistics. */
    private static final int ANALYZE_AFTER_ROWS = 1000;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MemberImportService.class);
    private static final char FIELD_SEP = '\u001f';
    private static final char ERROR_SEP = '\u001e';

    /** How the HTTP layer answers a run: the report, and whether it is a rejection (422). */
    public record Result(MemberImportReport report, boolean rejected, jakarta.ws.rs.core.Response replay) {}

    private final EntityManager em;
    private final Caller caller;
    private final Periods periods;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final MemberConfig config;

    public MemberImportService(EntityManager em, Caller caller, Periods periods, AuditLog audit, Idempotency idempotency,
            MemberConfig config) {
        this.em = em;
        this.caller = caller;
        this.periods = periods;
        this.audit = audit;
        this.idempotency = idempotency;
        this.config = config;
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Result run(InputStream body, boolean dryRun, String idempotencyKey) {
        MessageDigest digest = sha256();
        digest.update((byte) (dryRun ? 1 : 0));
        long[] bytes = {0};
        InputStream in = new DigestInputStream(new java.io.FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                bytes[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                bytes[0] += Math.max(0, n);
                return n;
            }
        }, digest);
        boolean keyed = idempotencyKey != null && !dryRun;
        if (keyed && !idempotency.claimStreamed(OPERATION, idempotencyKey)) {
            drain(in);
            return new Result(null, false, idempotency.replay(OPERATION, idempotencyKey, HexFormat.of().formatHex(digest.digest())));
        }
        UUID id = UUID.randomUUID();
        String scope = caller.scope();
        LocalDate today = periods.today();
        Session session = em.unwrap(Session.class);
        session.doWork(c -> {
            try (var s = c.createStatement()) {
                s.execute(STAGING_DDL);
            }
        });
        long tStart = System.nanoTime();
        Staged staged;
        try (TableReader reader = Tables.open(in, tempDir(), config.importing().maxSize().asLongValue())) {
            staged = stage(session, reader, today);
            drain(in);
        } catch (TooLargeException e) {
            throw tooLarge();
        } catch (TableFormatException e) {
            staged = Staged.unreadable(e, "UNKNOWN");
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof TooLargeException) {
                throw tooLarge();
            }
            throw ApiException.badRequest("body", "文件上传中断或读取失败，请重新上传");
        }
        long tStaged = System.nanoTime();
        long errors = !staged.fileProblems.isEmpty() ? staged.fileProblems.size() : checkInDatabase(scope, today);
        long tChecked = System.nanoTime();
        Counts counts = errors == 0 ? count(scope) : new Counts(0, 0, 0);
        long tCounted = System.nanoTime();
        MemberImportReport.Outcome outcome = errors > 0
                ? (dryRun ? MemberImportReport.Outcome.INVALID : MemberImportReport.Outcome.REJECTED)
                : (dryRun ? MemberImportReport.Outcome.VALID : MemberImportReport.Outcome.APPLIED);
        Instant now = Periods.now();
        em.createNativeQuery("""
                insert into member_import (id, scope_path, format, dry_run, outcome, total_rows, created_count,
                    updated_count, unchanged_count, error_count, bytes, created_by, created_at)
                values (:id, :scope, :format, :dryRun, :outcome, :rows, :created, :updated, :unchanged, :errors, :bytes, :by, :at)""")
                .setParameter("id", id).setParameter("scope", caller.path())
                .setParameter("format", staged.format).setParameter("dryRun", dryRun)
                .setParameter("outcome", outcome.name()).setParameter("rows", staged.rows)
                .setParameter("created", counts.created).setParameter("updated", counts.updated)
                .setParameter("unchanged", counts.unchanged).setParameter("errors", errors)
                .setParameter("bytes", bytes[0]).setParameter("by", truncate(caller.name(), 100)).setParameter("at", now)
                .executeUpdate();
        if (!staged.fileProblems.isEmpty()) {
            int seq = 0;
            for (MemberColumns.Problem p : staged.fileProblems) {
                em.createNativeQuery("""
                        insert into member_import_error (import_id, seq, row_no, col, message)
                        values (:id, :seq, :row, left(:col, 50), :message)""")
                        .setParameter("id", id).setParameter("seq", ++seq).setParameter("row", p.row())
                        .setParameter("col", p.column()).setParameter("message", truncate(p.message())).executeUpdate();
            }
        } else if (errors > 0) {
            em.createNativeQuery("""
                    insert into member_import_error (import_id, seq, row_no, col, message)
                    select :id, row_number() over (order by row_no, ord), row_no, left(col, 50), left(message, 500)
                    from import_error""")
                    .setParameter("id", id).executeUpdate();
        }
        if (outcome == MemberImportReport.Outcome.APPLIED) {
            write(today);
            if (counts.created + counts.updated >= ANALYZE_AFTER_ROWS) {
                // fresh statistics, or the planner keeps its empty-table plans for the list until
                // autovacuum gets round to it (a street-wide page went from 0.8 ms to 250 ms)
                em.createNativeQuery("analyze member").executeUpdate();
                em.createNativeQuery("analyze membership").executeUpdate();
            }
        }
        LOG.infof("import %s: %d rows; staged in %d ms, checked in %d ms, counted in %d ms, written in %d ms", id,
                staged.rows, (tStaged - tStart) / 1_000_000, (tChecked - tStaged) / 1_000_000,
                (tCounted - tChecked) / 1_000_000, (System.nanoTime() - tCounted) / 1_000_000);
        Map<String, Object> summary = Map.of("importId", id, "dryRun", dryRun, "outcome", outcome, "rows", staged.rows,
                "created", counts.created, "updated", counts.updated, "unchanged", counts.unchanged, "errors", errors);
        if (!dryRun) {
            audit.record("member.import", "member-import", id, caller.path(), null, summary);
        }
        MemberImportReport report = report(id);
        if (keyed) {
            if (outcome == MemberImportReport.Outcome.APPLIED) {
                idempotency.complete(OPERATION, idempotencyKey, HexFormat.of().formatHex(digest.digest()), 200, report);
            } else {
                idempotency.release(OPERATION, idempotencyKey);
            }
        }
        return new Result(report, outcome == MemberImportReport.Outcome.REJECTED, null);
    }

    /** A report by id, if the import was made inside the caller's subtree. */
    public MemberImportReport report(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, dry_run, outcome, format, total_rows, created_count, updated_count, unchanged_count,
                       error_count, created_at
                from member_import where id = :id and scope_path like :scope""")
                .setParameter("id", id).setParameter("scope", caller.scope()).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("导入记录不存在");
        }
        Object[] r = rows.get(0);
        int limit = config.importing().reportedErrors();
        @SuppressWarnings("unchecked")
        List<Object[]> errors = em.createNativeQuery("""
                select row_no, col, message from member_import_error where import_id = :id order by seq limit :limit""")
                .setParameter("id", id).setParameter("limit", limit).getResultList();
        long errorCount = ((Number) r[8]).longValue();
        return new MemberImportReport(id, (Boolean) r[1], MemberImportReport.Outcome.valueOf((String) r[2]),
                (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue(), errorCount,
                errors.stream().map(e -> new FieldError(null, ((Number) e[0]).intValue(), (String) e[1], (String) e[2]))
                        .toList(),
                errorCount > errors.size(), "/api/v1/member-imports/" + id + "/errors",
                r[9] instanceof Instant i ? i : ((java.time.OffsetDateTime) r[9]).toInstant());
    }

    /** Every problem of an import, for the errors CSV; call {@link #report} first, which checks the scope. */
    public java.util.stream.Stream<Object[]> errorRows(UUID id) {
        @SuppressWarnings("unchecked")
        java.util.stream.Stream<Object[]> stream = em.createNativeQuery("""
                select row_no, col, message from member_import_error where import_id = :id order by seq""")
                .setParameter("id", id).setHint("org.hibernate.fetchSize", 1000).getResultStream();
        return stream;
    }

    // ---- stage 1: stream the file into import_row ----

    private static final String STAGING_DDL = """
            create temp table import_row (
                row_no bigint, name text, gender text, ethnicity text, birth_date date, id_number text, phone text,
                education text, work_unit text, job_title text, address text, joined_on date, full_on date, status text,
                branch_code text, group_code text, registration text, categories text, mobility text, mobile_place text,
                mobile_organization text, mobile_contact text, mobile_since date, note text, system_id uuid,
                id_masked boolean, phone_masked boolean, problems text
            ) on commit drop;
            create temp table import_error (row_no bigint, ord int, col text, message text) on commit drop;
            """;

    private static final String STAGING_COLUMNS = "row_no, name, gender, ethnicity, birth_date, id_number, phone, "
            + "education, work_unit, job_title, address, joined_on, full_on, status, branch_code, group_code, registration, "
            + "categories, mobility, mobile_place, mobile_organization, mobile_contact, mobile_since, note, system_id, "
            + "id_masked, phone_masked, problems";

    /** What reading the file gave: rows staged, or the problems that stopped it (bad header, encoding…). */
    private record Staged(long rows, List<MemberColumns.Problem> fileProblems, String format) {
        static Staged unreadable(TableFormatException e, String format) {
            return new Staged(0, List.of(new MemberColumns.Problem(e.row() > 0 ? e.row() : 1, null, e.getMessage())), format);
        }
    }

    private Staged stage(Session session, TableReader reader, LocalDate today) {
        MemberColumns.Layout layout = MemberColumns.layout(reader.header(), 1);
        if (!layout.problems().isEmpty()) {
            return new Staged(0, layout.problems(), reader.format().name());
        }
        return session.doReturningWork(connection -> {
            try (CopyStream copy = CopyStream.open(connection, "import_row", STAGING_COLUMNS)) {
                long rows = 0;
                String[] cells;
                while ((cells = reader.next()) != null) {
                    MemberColumns.Row row = MemberColumns.read(reader.rowNumber(), cells, layout, today);
                    MemberRecord r = row.record();
                    copy.number(row.row()).text(r.name()).text(r.gender() == null ? null : r.gender().name())
                            .text(r.ethnicity()).date(r.birthDate()).text(r.idNumber()).text(r.phone())
                            .text(r.education() == null ? null : r.education().name()).text(r.workUnit())
                            .text(r.jobTitle()).text(r.address()).date(r.joinedOn()).date(r.fullOn())
                            .text(r.status() == null ? null : r.status().name()).text(row.branchCode())
                            .text(row.groupCode())
                            .text(r.registration() == null ? null : r.registration().name())
                            .text(r.categories() == null ? null : r.categories().stream().sorted().map(Enum::name)
                                    .collect(Collectors.joining(",")))
                            .text(r.mobility() == null ? null : r.mobility().name()).text(r.mobilePlace())
                            .text(r.mobileOrganization()).text(r.mobileContact()).date(r.mobileSince()).text(r.note())
                            .uuid(row.systemId()).bool(row.idMasked()).bool(row.phoneMasked())
                            .text(problems(row.problems()));
                    copy.endRow();
                    rows++;
                }
                copy.finish();
                return new Staged(rows, List.of(), reader.format().name());
            } catch (TableFormatException e) {
                // the COPY was cancelled on close; report where the file went wrong
                return Staged.unreadable(e, reader.format().name());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String problems(List<MemberColumns.Problem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (MemberColumns.Problem p : problems) {
            if (!out.isEmpty()) {
                out.append(ERROR_SEP);
            }
            out.append(p.column()).append(FIELD_SEP).append(p.message());
        }
        return out.toString();
    }

    // ---- stage 2: what only the whole file and the database can tell ----

    private static final String COLUMN_ORDER = String.join(",", MemberColumns.HEADERS.stream()
            .map(h -> "'" + h + "'").toList());

    /** Resolves codes and existing members into import_resolved, records every problem in import_error. */
    private long checkInDatabase(String scope, LocalDate today) {
        em.createNativeQuery("""
                create temp table import_resolved on commit drop as
                select s.*, b.id as branch_id, g.id as group_id,
                       coalesce(byid.id, bysys.id) as member_id,
                       case when coalesce(byid.id, bysys.id) is null then gen_random_uuid() end as new_id,
                       mo.path like :scope as member_in_scope,
                       byid.id is not null and bysys.id is not null and byid.id <> bysys.id as ids_disagree
                from import_row s
                left join organization b on b.code = s.branch_code and b.path like :scope and b.archived_at is null
                     and b.type in ('BRANCH', 'JOINT_BRANCH')
                left join organization g on g.code = s.group_code and g.parent_id = b.id and g.type = 'PARTY_GROUP'
                     and g.archived_at is null
                left join member byid on byid.id_number = s.id_number
                left join member bysys on s.system_id is not null and bysys.id = s.system_id
                left join organization mo on mo.id = coalesce(byid.organization_id, bysys.organization_id)""")
                .setParameter("scope", scope).executeUpdate();
        em.createNativeQuery("analyze import_resolved").executeUpdate();
        em.createNativeQuery("""
                insert into import_error (row_no, ord, col, message)
                -- problems found while reading each row
                select r.row_no, 0, split_part(p, chr(31), 1), split_part(p, chr(31), 2)
                from import_resolved r, unnest(string_to_array(r.problems, chr(30))) as p
                where r.problems is not null
                union all
                -- the same member twice in the file (by 身份证号, or by 系统编号 when masked)
                select row_no, 1, case when id_number is null then '系统编号' else '身份证号' end,
                       '与第 ' || first_row || ' 行是同一位党员（身份证号或系统编号重复）'
                from (select row_no, id_number,
                             min(row_no) over (partition by coalesce(cast(member_id as text), id_number)) as first_row
                      from import_resolved where coalesce(cast(member_id as text), id_number) is not null) d
                where row_no <> first_row
                union all
                select row_no, 2, '所在党支部编码', '党组织编码 ' || branch_code
                       || ' 不存在、已撤销、不在本账号的管理范围内，或不是党支部（党员应编入党支部或联合党支部）'
                from import_resolved where branch_code is not null and branch_id is null
                union all
                select row_no, 3, '党小组编码', '党小组编码 ' || group_code || ' 不是所在党支部 ' || branch_code || ' 下的党小组'
                from import_resolved where group_code is not null and group_id is null and branch_id is not null
                union all
                select row_no, 4, '系统编号', '系统编号对应的党员不存在或不在本账号的管理范围内'
                from import_resolved where id_masked and system_id is not null and member_id is null
                union all
                select row_no, 4, '系统编号', '系统编号与身份证号不是同一位党员'
                from import_resolved where ids_disagree
                union all
                select row_no, 5, '身份证号', '该身份证号已登记在本账号管理范围以外的党组织，如需转入请办理组织关系转接'
                from import_resolved where member_id is not null and not member_in_scope
                union all
                select r.row_no, 6, '党员状态', case
                    when m.id is null then '新登记的党员应为预备党员或正式党员'
                    else '党员状态不能通过导入修改（现为' || case m.status when 'PROBATIONARY' then '预备党员'
                        when 'FULL' then '正式党员' when 'DISQUALIFIED' then '已取消预备资格' when 'LEFT' then '已出党'
                        when 'TRANSFERRED_OUT' then '已转出' else '已去世' end || '），请使用转正、出党等操作' end
                from import_resolved r left join member m on m.id = r.member_id
                where r.status is not null and r.member_in_scope is not false
                  and ((m.id is null and r.status not in ('PROBATIONARY', 'FULL')) or (m.id is not null and m.status <> r.status))
                union all
                select r.row_no, 7, '所在党支部编码', '已不在册的党员（' || m.status || '）不能调整所在支部'
                from import_resolved r join member m on m.id = r.member_id
                where r.member_in_scope and m.status not in ('PROBATIONARY', 'FULL') and r.branch_id is not null
                  and (m.organization_id <> r.branch_id or m.group_id is distinct from r.group_id)
                union all
                select r.row_no, 8, '所在党支部编码', '该党员的组织关系转接尚未办结，转接期间不能调整所在支部'
                from import_resolved r join member m on m.id = r.member_id
                where r.member_in_scope and m.status in ('PROBATIONARY', 'FULL') and r.branch_id is not null
                  and (m.organization_id <> r.branch_id or m.group_id is distinct from r.group_id)
                  and exists (select 1 from transfer t where t.member_id = m.id and t.state in ('REQUESTED', 'ISSUED'))""")
                .executeUpdate();
        // keep the column order of the file within a row
        em.createNativeQuery("update import_error set ord = array_position(array[" + COLUMN_ORDER + "], col)"
                + " where col is not null").executeUpdate();
        return ((Number) em.createNativeQuery("select count(*) from import_error").getSingleResult()).longValue();
    }

    // ---- stage 3: count and write ----

    /** Whether an existing member's stored fields differ from the row (masked values keep what is stored). */
    private static final String CHANGED = """
            (m.name, m.gender, m.ethnicity, m.birth_date, m.id_number, m.phone, m.education, m.work_unit, m.job_title,
             m.address, m.joined_on, m.full_on, m.organization_id, m.group_id, m.registration, m.categories, m.mobility,
             m.mobile_place, m.mobile_organization, m.mobile_contact, m.mobile_since, m.note)
            is distinct from
            (r.name, coalesce(r.gender, m.gender), r.ethnicity, coalesce(r.birth_date, m.birth_date),
             coalesce(r.id_number, m.id_number), case when r.phone_masked then m.phone else r.phone end, r.education,
             r.work_unit, r.job_title, r.address, r.joined_on, case when m.status = 'PROBATIONARY' then null else r.full_on end,
             r.branch_id, r.group_id, coalesce(r.registration, 'REGISTERED'),
             cast(string_to_array(coalesce(r.categories, ''), ',') as varchar(20)[]), r.mobility, r.mobile_place,
             r.mobile_organization, r.mobile_contact, r.mobile_since, r.note)""";

    private record Counts(long created, long updated, long unchanged) {}

    private Counts count(String scope) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where r.member_id is null),
                       count(*) filter (where m.id is not null and %s),
                       count(*) filter (where m.id is not null and not (%s))
                from import_resolved r left join member m on m.id = r.member_id""".formatted(CHANGED, CHANGED))
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    private void write(LocalDate today) {
        em.createNativeQuery("""
                insert into member (id, name, gender, ethnicity, birth_date, id_number, phone, education, work_unit,
                    job_title, address, joined_on, full_on, probation_ends_on, probation_extended, status, organization_id,
                    group_id, registration, categories, mobility, mobile_place, mobile_organization, mobile_contact,
                    mobile_since, note, version, created_at, updated_at)
                select new_id, name, gender, ethnicity, birth_date, id_number, phone, education, work_unit, job_title,
                    address, joined_on, case when status = 'FULL' then full_on end,
                    case when status = 'PROBATIONARY' then cast(joined_on + interval '1 year' as date) end, false, status,
                    branch_id, group_id, coalesce(registration, 'REGISTERED'),
                    cast(string_to_array(coalesce(categories, ''), ',') as varchar(20)[]), mobility, mobile_place,
                    mobile_organization, mobile_contact, mobile_since, note, 0, now(), now()
                from import_resolved where member_id is null order by branch_id""").executeUpdate();
        em.createNativeQuery("""
                insert into membership (id, member_id, organization_id, group_id, from_on, to_on, reason, recorded_at)
                select gen_random_uuid(), new_id, branch_id, group_id, :today, null, '批量导入', now()
                from import_resolved where member_id is null""").setParameter("today", today).executeUpdate();

        // members moving branch (or 党小组): close the current period, open one in the new place
        em.createNativeQuery("""
                create temp table import_moved on commit drop as
                select r.member_id, r.branch_id, r.group_id from import_resolved r join member m on m.id = r.member_id
                where m.organization_id <> r.branch_id or m.group_id is distinct from r.group_id""").executeUpdate();
        em.createNativeQuery("""
                update membership p set to_on = greatest(p.from_on, :today)
                from import_moved v where p.member_id = v.member_id and p.to_on is null""")
                .setParameter("today", today).executeUpdate();
        em.createNativeQuery("""
                insert into membership (id, member_id, organization_id, group_id, from_on, to_on, reason, recorded_at)
                select gen_random_uuid(), member_id, branch_id, group_id, :today, null, '批量导入调整', now()
                from import_moved""").setParameter("today", today).executeUpdate();
        em.createNativeQuery("""
                update member m set name = r.name, gender = coalesce(r.gender, m.gender), ethnicity = r.ethnicity,
                    birth_date = coalesce(r.birth_date, m.birth_date), id_number = coalesce(r.id_number, m.id_number),
                    phone = case when r.phone_masked then m.phone else r.phone end, education = r.education,
                    work_unit = r.work_unit, job_title = r.job_title, address = r.address, joined_on = r.joined_on,
                    full_on = case when m.status = 'PROBATIONARY' then null else r.full_on end,
                    probation_ends_on = case when m.status = 'PROBATIONARY' and not m.probation_extended
                        then cast(r.joined_on + interval '1 year' as date) else m.probation_ends_on end,
                    organization_id = r.branch_id, group_id = r.group_id,
                    registration = coalesce(r.registration, 'REGISTERED'),
                    categories = cast(string_to_array(coalesce(r.categories, ''), ',') as varchar(20)[]),
                    mobility = r.mobility, mobile_place = r.mobile_place, mobile_organization = r.mobile_organization,
                    mobile_contact = r.mobile_contact, mobile_since = r.mobile_since, note = r.note,
                    version = m.version + 1, updated_at = now()
                from import_resolved r
                where m.id = r.member_id and %s""".formatted(CHANGED)).executeUpdate();
        em.clear(); // entities loaded earlier in this transaction are stale now
    }

    // ---- helpers ----

    private Path tempDir() {
        return config.importing().tempDir().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too-large", "文件过大", "导入文件超过了允许的大小（"
                + config.importing().maxSize().asLongValue() / (1024 * 1024) + " MB），请拆分后分批导入。", null);
    }

    private static String truncate(String s) {
        return truncate(s, 500);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
