package org.branchbook.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import org.branchbook.member.MemberStatus;

/**
 * 中国共产党党员组织关系介绍信 as a print-ready A4 page: the three parts 存根 (kept by the issuer),
 * 介绍信 (carried by the member) and 回执 (sent back by the receiver), separated by cut lines.
 * An incoming letter was printed elsewhere: only its 回执 is printed here.
 */
public final class IntroductionLetter {

    /** What the letter says. {@code idNumber} is masked unless the caller revealed it. */
    public record Content(String number, boolean issuedHere, String memberName, String gender, Integer age,
            String ethnicity, MemberStatus status, LocalDate probationEndsOn, String idNumber, String phone,
            String from, String to, String issuer, String duesPaidTo, LocalDate issuedOn, int validDays,
            LocalDate lastValidOn, LocalDate receiptDueOn, boolean superseded) {}

    private IntroductionLetter() {}

    public static String html(Content c) {
        StringBuilder out = new StringBuilder(8192);
        out.append("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <title>党员组织关系介绍信 第""").append(esc(c.number())).append("""
                号</title>
                <style>
                @page { size: A4; margin: 15mm 18mm; }
                body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif;
                       font-size: 12pt; line-height: 1.9; color: #000; margin: 0; }
                .part { padding: 4mm 0; page-break-inside: avoid; }
                h1 { font-size: 17pt; text-align: center; letter-spacing: 2pt; margin: 0 0 1mm; font-weight: bold; }
                .no { text-align: right; margin: 0 0 2mm; }
                p { margin: 0; text-indent: 2em; }
                p.to { text-indent: 0; }
                .sign { text-align: right; margin-top: 3mm; }
                .cut { border-top: 1px dashed #000; margin: 3mm 0; text-align: center; font-size: 9pt; color: #444; }
                .cut span { position: relative; top: -0.9em; background: #fff; padding: 0 2mm; }
                u { text-decoration: none; border-bottom: 1px solid #000; padding: 0 1mm; }
                .void { color: #b00; text-align: center; font-weight: bold; border: 2px solid #b00; margin-bottom: 3mm; }
                @media screen { body { max-width: 180mm; margin: 10mm auto; } }
                </style></head><body>
                """);
        if (c.superseded()) {
            out.append("<div class=\"void\">本介绍信已作废（已重开）</div>\n");
        }
        if (c.issuedHere()) {
            stub(out, c);
            out.append("<div class=\"cut\"><span>（沿此线剪开）</span></div>\n");
            letter(out, c);
            out.append("<div class=\"cut\"><span>（沿此线剪开）</span></div>\n");
        }
        receipt(out, c);
        out.append("</body></html>\n");
        return out.toString();
    }

    private static void stub(StringBuilder out, Content c) {
        out.append("<section class=\"part stub\"><h1>中国共产党党员组织关系介绍信（存根）</h1>\n");
        out.append("<div class=\"no\">第 <u>").append(esc(c.number())).append("</u> 号</div>\n");
        out.append("<p><u>").append(esc(c.memberName())).append("</u> 同志系中共").append(kind(c))
                .append("，组织关系由 <u>").append(esc(c.from())).append("</u> 转到 <u>").append(esc(c.to()))
                .append("</u>。</p>\n");
        out.append("<p>党费交到 ").append(month(c.duesPaidTo())).append("。有效期 <u>").append(c.validDays())
                .append("</u> 天（至 ").append(date(c.lastValidOn())).append("）。</p>\n");
        out.append("<div class=\"sign\">").append(date(c.issuedOn())).append("</div></section>\n");
    }

    private static void letter(StringBuilder out, Content c) {
        out.append("<section class=\"part letter\"><h1>中国共产党党员组织关系介绍信</h1>\n");
        out.append("<div class=\"no\">第 <u>").append(esc(c.number())).append("</u> 号</div>\n");
        out.append("<p class=\"to\"><u>").append(esc(c.to())).append("</u>：</p>\n");
        out.append("<p><u>").append(esc(c.memberName())).append("</u> 同志（").append(esc(blankTo(c.gender(), "　")))
                .append("，").append(c.age() == null ? "　" : c.age() + " 岁").append("，")
                .append(esc(blankTo(c.ethnicity(), "　"))).append("），系中共").append(kind(c));
        if (c.status() == MemberStatus.PROBATIONARY && c.probationEndsOn() != null) {
            out.append("（预备期至 ").append(date(c.probationEndsOn())).append("）");
        }
        out.append("，身份证号码 <u>").append(esc(blankTo(c.idNumber(), "　"))).append("</u>，由 <u>")
                .append(esc(c.from())).append("</u> 去 <u>").append(esc(c.to())).append("</u>，请转接组织关系。</p>\n");
        out.append("<p>该同志党费已交到 ").append(month(c.duesPaidTo())).append("。</p>\n");
        if (c.phone() != null) {
            out.append("<p>党员联系电话：").append(esc(c.phone())).append("</p>\n");
        }
        out.append("<p>（有效期 <u>").append(c.validDays()).append("</u> 天，至 ").append(date(c.lastValidOn()))
                .append(" 止）</p>\n");
        out.append("<div class=\"sign\">").append(esc(c.issuer())).append("（盖章）<br>").append(date(c.issuedOn()))
                .append("</div></section>\n");
    }

    private static void receipt(StringBuilder out, Content c) {
        out.append("<section class=\"part receipt\"><h1>中国共产党党员组织关系介绍信（回执）</h1>\n");
        out.append("<div class=\"no\">第 <u>").append(esc(c.number())).append("</u> 号</div>\n");
        out.append("<p class=\"to\"><u>").append(esc(c.from())).append("</u>：</p>\n");
        out.append("<p><u>").append(esc(c.memberName())).append("</u> 同志的党员组织关系已转达我处，特此回复。</p>\n");
        if (c.receiptDueOn() != null) {
            out.append("<p>（请于 ").append(date(c.receiptDueOn())).append(" 前寄回）</p>\n");
        }
        out.append("<div class=\"sign\">接收党组织（盖章）<br>　　　　年　　月　　日</div></section>\n");
    }

    private static String kind(Content c) {
        return c.status() == MemberStatus.PROBATIONARY ? "预备党员" : "正式党员";
    }

    static String month(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return "<u>" + m.getYear() + "</u> 年 <u>" + m.getMonthValue() + "</u> 月";
    }

    static String date(LocalDate d) {
        return d == null ? "　　年　月　日" : d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String esc(String s) {
        return org.branchbook.common.Html.escape(s);
    }
}
