package org.branchbook.dues;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchbook.common.table.TableFormat;
import org.branchbook.common.table.TableWriter;
import org.branchbook.common.table.Tables;

/** The dues books as files: the register and the 账簿 as CSV/XLSX, and the yearly disclosure as XLSX or a print page. */
public final class DuesDocuments {

    private static final Map<String, String> KINDS = Map.of("REGULAR", "党费", "VOLUNTARY", "自愿多交", "REVERSAL", "冲销",
            "RECEIVED", "下级上缴", "REMITTED", "上缴", "EXPENSE", "使用", "OPENING", "结转");

    private DuesDocuments() {}

    /** 党支部党费收缴情况登记表: one row per member, the paid amount per month (欠 when owed), and the totals. */
    public static void register(RegisterView r, TableFormat format, OutputStream out) throws IOException {
        try (TableWriter w = Tables.writer(format, out)) {
            List<String> header = new ArrayList<>(List.of("姓名", "状态"));
            for (int m = 1; m <= 12; m++) {
                header.add(m + "月");
            }
            header.addAll(List.of("应交合计（元）", "实交合计（元）", "欠交合计（元）"));
            w.sheet(r.organization().name() + r.year() + "年党费收缴情况登记表", header);
            for (RegisterView.Row row : r.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.member().name(), row.member().status().label()));
                for (RegisterView.Cell c : row.cells()) {
                    cells.add(switch (c.state()) {
                        case PAID -> DuesRate.yuan(c.paidFen());
                        case OWED -> "欠" + DuesRate.yuan(c.dueFen());
                        case DUE -> "";
                        case NONE -> "—";
                    });
                }
                cells.addAll(List.of(DuesRate.yuan(row.dueFen()), DuesRate.yuan(row.paidFen()), DuesRate.yuan(row.owedFen())));
                w.row(cells);
            }
            List<String> due = new ArrayList<>(List.of("应交合计", ""));
            List<String> paid = new ArrayList<>(List.of("实交合计", ""));
            List<String> rate = new ArrayList<>(List.of("收缴率", ""));
            for (RegisterView.Total t : r.totals()) {
                due.add(DuesRate.yuan(t.dueFen()));
                paid.add(DuesRate.yuan(t.paidFen()));
                rate.add(percent(t.rate()));
            }
            due.addAll(List.of(DuesRate.yuan(r.dueFen()), "", ""));
            paid.addAll(List.of("", DuesRate.yuan(r.paidFen()), ""));
            rate.addAll(List.of(percent(r.rate()), "", ""));
            w.row(due);
            w.row(paid);
            w.row(rate);
        }
    }

    /** 党费收缴使用账簿 of one organization: date, kind, summary, income, outgo, balance. */
    public static void book(String orgName, int year, List<DuesAccounts.BookLine> lines, TableFormat format,
            OutputStream out) throws IOException {
        try (TableWriter w = Tables.writer(format, out)) {
            w.sheet(orgName + year + "年党费收缴使用账簿", List.of("日期", "类别", "摘要", "收入（元）", "支出（元）", "结余（元）"));
            for (DuesAccounts.BookLine l : lines) {
                w.row(List.of(l.on().toString(), KINDS.getOrDefault(l.kind(), l.kind()), l.text(),
                        l.incomeFen() == 0 ? "" : DuesRate.yuan(l.incomeFen()),
                        l.outgoFen() == 0 ? "" : DuesRate.yuan(l.outgoFen()), DuesRate.yuan(l.balanceFen())));
            }
        }
    }

    /** The disclosure as a spreadsheet: the summary, then the months and the uses. */
    public static void disclosure(DisclosureView d, TableFormat format, OutputStream out) throws IOException {
        try (TableWriter w = Tables.writer(format, out)) {
            w.sheet(d.year() + "年党费收缴使用情况", List.of("项目", "金额（元）", "说明"));
            for (List<String> row : summary(d)) {
                w.row(row);
            }
            for (DisclosureView.Line l : d.collectedByMonth()) {
                w.row(List.of(l.month() + " 收缴", DuesRate.yuan(l.amountFen()), ""));
            }
            for (AccountEntryView e : d.expenses()) {
                w.row(List.of(e.on() + " 使用", DuesRate.yuan(e.amountFen()), e.purpose()
                        + (e.reference() == null ? "" : "（" + e.reference() + "）")));
            }
        }
    }

    private static List<List<String>> summary(DisclosureView d) {
        return List.of(
                List.of("上年结余", DuesRate.yuan(d.openingFen()), ""),
                List.of("本年收缴党费", DuesRate.yuan(d.collectedFen()), d.payers() + " 名党员交纳，其中自愿多交 "
                        + DuesRate.yuan(d.voluntaryFen()) + " 元"),
                List.of("收到下级上缴", DuesRate.yuan(d.receivedFen()), ""),
                List.of("上缴上级党委", DuesRate.yuan(d.remittedFen()), ""),
                List.of("本年使用", DuesRate.yuan(d.spentFen()), ""),
                List.of("年末结余", DuesRate.yuan(d.closingFen()), ""));
    }

    /** The disclosure as an A4 page to print and post (公示). */
    public static String disclosureHtml(DisclosureView d) {
        StringBuilder out = new StringBuilder(4096);
        String title = esc(d.organization().name()) + " " + d.year() + " 年度党费收缴使用情况公示";
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title>\n<style>@page { size: A4; margin: 18mm; } body { font-family: \"Noto Serif CJK SC\", "
                        + "\"Source Han Serif SC\", \"SimSun\", \"Songti SC\", serif; font-size: 12pt; color: #000; } "
                        + "h1 { font-size: 18pt; text-align: center; } table { width: 100%; border-collapse: collapse; "
                        + "margin: 4mm 0; } th, td { border: 1px solid #000; padding: 1.5mm 2mm; } td.n { text-align: right; } "
                        + ".sign { text-align: right; margin-top: 10mm; } @media screen { body { max-width: 180mm; "
                        + "margin: 10mm auto; } }</style></head><body>\n");
        out.append("<h1>").append(title).append("</h1>\n<table><tr><th>项目</th><th>金额（元）</th><th>说明</th></tr>\n");
        for (List<String> row : summary(d)) {
            out.append("<tr><td>").append(esc(row.get(0))).append("</td><td class=\"n\">").append(row.get(1))
                    .append("</td><td>").append(esc(row.get(2))).append("</td></tr>\n");
        }
        out.append("</table>\n<table><tr><th>月份</th><th>收缴（元）</th></tr>\n");
        for (DisclosureView.Line l : d.collectedByMonth()) {
            out.append("<tr><td>").append(l.month()).append("</td><td class=\"n\">").append(DuesRate.yuan(l.amountFen()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<table><tr><th>日期</th><th>用途</th><th>金额（元）</th></tr>\n");
        if (d.expenses().isEmpty()) {
            out.append("<tr><td colspan=\"3\">本年无党费支出</td></tr>\n");
        }
        for (AccountEntryView e : d.expenses()) {
            out.append("<tr><td>").append(e.on()).append("</td><td>").append(esc(e.purpose())).append("</td><td class=\"n\">")
                    .append(DuesRate.yuan(e.amountFen())).append("</td></tr>\n");
        }
        out.append("</table>\n<div class=\"sign\">").append(esc(d.organization().name()))
                .append("<br>　　　　年　　月　　日</div>\n</body></html>\n");
        return out.toString();
    }

    static String percent(Double rate) {
        return rate == null ? "" : String.format("%.1f%%", rate * 100);
    }

    private static String esc(String s) {
        return org.branchbook.common.Html.escape(s);
    }
}
