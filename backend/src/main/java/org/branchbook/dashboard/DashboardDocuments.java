package org.branchbook.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.branchbook.common.Html;
import org.branchbook.common.Periods;
import org.branchbook.common.table.TableFormat;
import org.branchbook.common.table.TableWriter;
import org.branchbook.common.table.Tables;
import org.branchbook.dues.DuesRate;
import org.branchbook.member.MemberCategory;

/**
 * The overview for the committee's monthly meeting: the same tables as an XLSX workbook (a sheet each) and as an
 * A4 page. All text is escaped on the page.
 */
public final class DashboardDocuments {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Periods.ZONE);

    private DashboardDocuments() {}

    /** Everything one report holds. */
    public record Report(DashboardOverview overview, GapList gaps, Breakdown breakdown, MeetingHeatmap meetings,
            DuesTrend dues) {

        String title() {
            return overview.organization().name() + " 党建工作总览（" + overview.period().label() + "）";
        }
    }

    private record Table(String title, List<String> header, List<List<String>> rows) {}

    public static void xlsx(Report r, OutputStream out) throws IOException {
        try (TableWriter w = Tables.writer(TableFormat.XLSX, out)) {
            for (Table t : tables(r)) {
                w.sheet(t.title(), t.header());
                for (List<String> row : t.rows()) {
                    w.row(row);
                }
            }
        }
    }

    public static String html(Report r) {
        StringBuilder out = new StringBuilder(16384);
        String title = Html.escape(r.title());
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title>\n<style>@page { size: A4; margin: 14mm; } body { font-family: \"Noto Sans CJK SC\", "
                        + "\"Source Han Sans SC\", \"Microsoft YaHei\", sans-serif; font-size: 10pt; color: #000; } "
                        + "h1 { font-size: 16pt; text-align: center; } h2 { font-size: 12pt; margin: 6mm 0 2mm; } "
                        + "table { border-collapse: collapse; width: 100%; page-break-inside: auto; } "
                        + "th, td { border: 1px solid #666; padding: 1mm 1.5mm; text-align: left; vertical-align: top; } "
                        + "th { background: #eee; font-weight: normal; } tr { page-break-inside: avoid; } "
                        + ".meta { text-align: center; color: #333; } "
                        + "@media screen { body { max-width: 190mm; margin: 10mm auto; } }</style></head><body>\n<h1>")
                .append(title).append("</h1>\n<p class=\"meta\">统计期间 ").append(Html.escape(r.overview().period().label()))
                .append(" · 数据时间 ").append(AT.format(r.overview().computedAt())).append("</p>\n");
        for (Table t : tables(r)) {
            out.append("<h2>").append(Html.escape(t.title())).append("</h2>\n<table><thead><tr>");
            t.header().forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
            out.append("</tr></thead><tbody>\n");
            for (List<String> row : t.rows()) {
                out.append("<tr>");
                row.forEach(c -> out.append("<td>").append(Html.escape(c == null ? "" : c)).append("</td>"));
                out.append("</tr>\n");
            }
            if (t.rows().isEmpty()) {
                out.append("<tr><td colspan=\"").append(t.header().size()).append("\">无</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (r.gaps().truncated()) {
            out.append("<p>待整改事项共 ").append(r.gaps().total()).append(" 项，此处列出前 ").append(r.gaps().items().size())
                    .append(" 项；完整清单请导出 Excel。</p>\n");
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private static List<Table> tables(Report r) {
        List<Table> out = new ArrayList<>();
        DashboardOverview o = r.overview();
        List<List<String>> figures = new ArrayList<>();
        figures.add(List.of("组织", "组织总数", String.valueOf(o.organizations().total())));
        o.organizations().byType().forEach(t -> figures.add(List.of("组织", t.type().label(), String.valueOf(t.count()))));
        figures.add(List.of("党员", "在册党员", String.valueOf(o.members().total())));
        figures.add(List.of("党员", "正式党员", String.valueOf(o.members().full())));
        figures.add(List.of("党员", "预备党员", String.valueOf(o.members().probationary())));
        figures.add(List.of("党员", "30天内到期及已到期应转正", String.valueOf(o.members().probationDue())));
        figures.add(List.of("党员", "在职党员到社区报到", String.valueOf(o.members().reporting())));
        figures.add(List.of("党员", "流出党员", String.valueOf(o.members().outflow())));
        figures.add(List.of("党员", "流入党员", String.valueOf(o.members().inflow())));
        for (DashboardOverview.CategoryCount c : o.members().byCategory()) {
            figures.add(List.of("党员", label(c.category()), String.valueOf(c.count())));
        }
        figures.add(List.of("党费", "应交（元）", DuesRate.yuan(o.dues().dueFen())));
        figures.add(List.of("党费", "实交（元）", DuesRate.yuan(o.dues().paidFen())));
        figures.add(List.of("党费", "收缴率", percent(o.dues().rate())));
        figures.add(List.of("党费", "欠缴3个月以上党员", String.valueOf(o.dues().arrearsMembers())));
        figures.add(List.of("党费", "连续6个月未交党员", String.valueOf(o.dues().flaggedMembers())));
        figures.add(List.of("三会一课", "召开会议", String.valueOf(o.meetings().held())));
        figures.add(List.of("三会一课", "应落实事项", String.valueOf(o.meetings().required())));
        figures.add(List.of("三会一课", "已落实", String.valueOf(o.meetings().met())));
        figures.add(List.of("三会一课", "未落实", String.valueOf(o.meetings().missing())));
        figures.add(List.of("三会一课", "进行中", String.valueOf(o.meetings().open())));
        figures.add(List.of("三会一课", "连续6个月未参加组织生活党员", String.valueOf(o.meetings().inactiveMembers())));
        figures.add(List.of("组织关系转接", "办理中", String.valueOf(o.transfers().open())));
        figures.add(List.of("组织关系转接", "超期", String.valueOf(o.transfers().overdue())));
        figures.add(List.of("换届", "已超期", String.valueOf(o.terms().overdue())));
        figures.add(List.of("换届", "一个月内到期", String.valueOf(o.terms().dueWithinMonth())));
        figures.add(List.of("换届", "未录入班子", String.valueOf(o.terms().noLeadership())));
        figures.add(List.of("待整改", "合计", String.valueOf(o.gaps().total())));
        figures.add(List.of("待整改", "需立即整改", String.valueOf(o.gaps().urgent())));
        out.add(new Table("概况", List.of("类别", "指标", "数值"), figures));

        List<List<String>> gaps = new ArrayList<>();
        for (GapList.Gap g : r.gaps().items()) {
            gaps.add(List.of(g.severity().label(), g.organization().name(), g.kind().label(), g.detail(),
                    g.since() == null ? "" : g.since().toString()));
        }
        out.add(new Table("待整改事项", List.of("紧急程度", "组织", "问题", "说明", "起始日期"), gaps));

        List<List<String>> rows = new ArrayList<>();
        for (Breakdown.Row b : r.breakdown().rows()) {
            rows.add(List.of(b.organization().name() + (b.own() ? "（本级）" : ""), String.valueOf(b.members()),
                    String.valueOf(b.probationary()), percent(b.duesRate()), String.valueOf(b.duesFlagged()),
                    b.meetingsMet() + "/" + b.meetingsRequired(), String.valueOf(b.meetingsMissing()),
                    String.valueOf(b.inactiveMembers()), String.valueOf(b.gaps()), String.valueOf(b.urgentGaps())));
        }
        out.add(new Table("下级组织", List.of("组织", "在册党员", "预备党员", "党费收缴率", "连续6个月未交", "三会一课落实",
                "未落实", "6个月未参加组织生活", "待整改", "需立即整改"), rows));

        List<String> header = new ArrayList<>();
        header.add("组织");
        r.meetings().months().forEach(m -> header.add(m.substring(5) + "月"));
        List<List<String>> heat = new ArrayList<>();
        for (MeetingHeatmap.Row h : r.meetings().rows()) {
            List<String> row = new ArrayList<>();
            row.add(h.organization().name() + (h.own() ? "（本级）" : ""));
            for (MeetingHeatmap.Cell c : h.cells()) {
                row.add(c.required() == 0 ? "" : c.met() + "/" + c.required() + (c.missing() > 0 ? " 缺" + c.missing() : ""));
            }
            heat.add(row);
        }
        out.add(new Table(r.meetings().year() + "年三会一课落实（已落实/应落实）", header, heat));

        List<String> trendHeader = new ArrayList<>();
        trendHeader.add("组织");
        trendHeader.addAll(r.dues().months());
        List<List<String>> trend = new ArrayList<>();
        for (DuesTrend.Series s : r.dues().series()) {
            List<String> row = new ArrayList<>();
            row.add(s.organization().name() + (s.total() ? "（合计）" : ""));
            s.points().forEach(p -> row.add(percent(p.rate())));
            trend.add(row);
        }
        out.add(new Table("党费收缴率", trendHeader, trend));
        return out;
    }

    private static String label(MemberCategory c) {
        return c.label() + "党员";
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format("%.1f%%", rate * 100);
    }
}
