package org.branchbook.member;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.table.TableFormat;
import org.branchbook.common.table.TableWriter;
import org.branchbook.common.table.Tables;
import org.branchbook.organization.Organization;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 党员花名册 as CSV or XLSX, streamed row by row from the database: the basic roster and the
 * special-group rosters of seed 004 第二十八条 (老党员, 流动党员, 困难党员). Masked unless revealed.
 */
@ApplicationScoped
public class MemberExportService {

    /** Which roster: 004 第二十八条 keeps a basic roster and one per special group. */
    @Schema(name = "Roster", description = "BASIC 党员基本信息名册, VETERAN 老党员名册, MOBILE 流动党员名册, HARDSHIP 困难党员名册, "
            + "ALL every one (XLSX only, one sheet each)")
    public enum Roster {
        BASIC("党员基本信息名册", null),
        VETERAN("老党员名册", "m.categories @> array[cast('VETERAN' as varchar)]"),
        MOBILE("流动党员名册", "m.mobility is not null"),
        HARDSHIP("困难党员名册", "m.categories @> array[cast('IN_HARDSHIP' as varchar)]"),
        ALL("党员花名册", null);

        final String title;
        final String condition;

        Roster(String title, String condition) {
            this.title = title;
            this.condition = condition;
        }

        List<Roster> sheets() {
            return this == ALL ? List.of(BASIC, VETERAN, MOBILE, HARDSHIP) : List.of(this);
        }
    }

    /** A prepared export: its file name and format, and the body that streams it. */
    public record Export(String fileName, TableFormat format, StreamingOutput body) {}

    private static final int CLEAR_EVERY = 1000;

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final MemberQueries queries;

    public MemberExportService(EntityManager em, Caller caller, AuditLog audit, MemberQueries queries) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.queries = queries;
    }

    /** Checks the request, records it in the audit log, and returns the body to stream. */
    @Transactional
    public Export prepare(MemberQueries.Filter filter, TableFormat format, Roster requested, boolean reveal) {
        Roster roster = requested != null ? requested : format == TableFormat.XLSX ? Roster.ALL : Roster.BASIC;
        if (roster == Roster.ALL && format == TableFormat.CSV) {
            throw ApiException.badRequest("roster", "CSV 只能包含一个名册，请选择 BASIC、VETERAN、MOBILE 或 HARDSHIP，或改用 XLSX");
        }
        caller.requireReveal(reveal);
        MemberQueries.Where where = queries.where(filter);
        Map<UUID, Organization> orgs = new HashMap<>();
        em.createQuery("from Organization o where o.path like :scope", Organization.class)
                .setParameter("scope", caller.scope()).getResultList().forEach(o -> orgs.put(o.id, o));
        String scopePath = caller.path();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", format);
        detail.put("roster", roster);
        detail.put("revealed", reveal);
        detail.put("organizationId", filter.organizationId());
        audit.record("member.export", "member", null, scopePath, null, detail);
        String date = org.branchbook.common.Periods.now().atZone(org.branchbook.common.Periods.ZONE).toLocalDate()
                .toString().replace("-", "");
        String fileName = roster.title + "-" + date + "." + format.extension();
        return new Export(fileName, format, out -> write(out, format, roster, where, orgs, reveal));
    }

    private void write(OutputStream out, TableFormat format, Roster roster, MemberQueries.Where where,
            Map<UUID, Organization> orgs, boolean reveal) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                try (TableWriter writer = Tables.writer(format, out)) {
                    for (Roster sheet : roster.sheets()) {
                        writer.sheet(sheet.title, MemberColumns.HEADERS);
                        StringBuilder sql = new StringBuilder("select m.* from member m join organization o on o.id = m.organization_id where ")
                                .append(where.sql());
                        if (sheet.condition != null) {
                            sql.append(" and ").append(sheet.condition);
                        }
                        sql.append(" order by o.code, m.name collate \"zh-x-icu\", m.id");
                        var query = em.createNativeQuery(sql.toString(), Member.class)
                                .setHint("org.hibernate.fetchSize", CLEAR_EVERY)
                                .setHint("org.hibernate.readOnly", true);
                        where.params().forEach(query::setParameter);
                        @SuppressWarnings("unchecked")
                        Stream<Member> rows = query.getResultStream();
                        try (rows) {
                            int[] n = {0};
                            List<String> cells = new ArrayList<>();
                            rows.forEach(m -> {
                                Organization branch = orgs.get(m.organizationId);
                                Organization group = m.groupId == null ? null : orgs.get(m.groupId);
                                cells.clear();
                                cells.addAll(MemberColumns.render(m, reveal, branch == null ? null : branch.code,
                                        branch == null ? null : branch.name, group == null ? null : group.code));
                                try {
                                    writer.row(cells);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                if (++n[0] % CLEAR_EVERY == 0) {
                                    em.clear(); // keep the persistence context from growing with the file
                                }
                            });
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** An empty file with the headers, to fill in and import; the XLSX has a sheet explaining each column. */
    public void template(OutputStream out, TableFormat format) throws IOException {
        try (TableWriter writer = Tables.writer(format, out)) {
            writer.sheet("党员信息", MemberColumns.HEADERS);
            if (format == TableFormat.XLSX) {
                writer.sheet("填写说明", List.of("列", "是否必填", "说明"));
                for (MemberColumns.Column c : MemberColumns.Column.values()) {
                    writer.row(List.of(c.header, c.required ? "必填" : "选填", MemberColumns.help(c)));
                }
            }
        }
    }
}
