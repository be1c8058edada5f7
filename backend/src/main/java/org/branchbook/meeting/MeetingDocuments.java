package org.branchbook.meeting;

import org.branchbook.common.Periods;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.branchbook.common.Html;
import org.branchbook.common.table.TableFormat;
import org.branchbook.common.table.TableWriter;
import org.branchbook.common.table.Tables;
import org.branchbook.organization.OrgRef;

/** The 组织生活记实簿 of an organization for a year as a print page and a spreadsheet, and attendance as a spreadsheet. */
public final class MeetingDocuments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Periods.ZONE);

    private MeetingDocuments() {}

    /** Every held meeting with its record; all text escaped, so whatever was stored prints as text. */
    public static String bookHtml(OrgRef org, int year, List<MeetingView> meetings) {
        StringBuilder out = new StringBuilder(8192);
        String title = Html.escape(org.name()) + " " + year + " 年组织生活记实簿";
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title>\n<style>@page { size: A4; margin: 16mm; } body { font-family: \"Noto Serif CJK SC\", "
                        + "\"Source Han Serif SC\", \"SimSun\", \"Songti SC\", serif; font-size: 11pt; color: #000; } "
                        + "h1 { font-size: 18pt; text-align: center; } section { page-break-inside: avoid; border-top: 1px solid #000; "
                        + "padding: 3mm 0; } th { text-align: left; width: 22mm; vertical-align: top; font-weight: normal; color: #333; } "
                        + "td { white-space: pre-wrap; } @media screen { body { max-width: 180mm; margin: 10mm auto; } }"
                        + "</style></head><body>\n<h1>").append(title).append("</h1>\n");
        if (meetings.isEmpty()) {
            out.append("<p>本年度尚无已召开会议的记录。</p>\n");
        }
        for (MeetingView m : meetings) {
            out.append("<section><table>\n");
            row(out, "时间", WHEN.format(m.startsAt()) + (m.endsAt() == null ? "" : " 至 " + WHEN.format(m.endsAt())));
            row(out, "类型", m.types().stream().map(MeetingType::label).collect(Collectors.joining("、")));
            row(out, "地点", m.place());
            row(out, "主题", m.topic());
            row(out, "主持人", m.host());
            row(out, "记录人", m.recorder());
            if (m.lecturer() != null) {
                row(out, "授课人", m.lecturer() + (m.secretaryLectured() ? "（书记）" : ""));
            }
            row(out, "出席情况", "应到 " + m.attendance().expected() + " 人，实到 " + m.attendance().present() + " 人，请假 "
                    + m.attendance().leave() + " 人，缺席 " + m.attendance().absent() + " 人");
            String away = m.attendees().stream().filter(a -> a.status() == AttendanceStatus.LEAVE || a.status() == AttendanceStatus.ABSENT)
                    .map(a -> a.name() + "（" + a.status().label() + (a.reason() == null ? "" : "：" + a.reason()) + "）")
                    .collect(Collectors.joining("、"));
            row(out, "请假缺席", away.isEmpty() ? null : away);
            String guests = m.attendees().stream().filter(MeetingView.Attendee::invited).map(MeetingView.Attendee::name)
                    .collect(Collectors.joining("、"));
            row(out, "列席", guests.isEmpty() ? null : guests);
            row(out, "会议内容", m.minutes());
            row(out, "决议", m.resolutions());
            out.append("</table></section>\n");
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<tr><th>").append(label).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n");
        }
    }

    public static void book(String orgName, int year, List<MeetingView> meetings, TableFormat format, OutputStream out)
            throws IOException {
        try (TableWriter w = Tables.writer(format, out)) {
            w.sheet(orgName + year + "年组织生活记实簿", List.of("开始时间", "类型", "主题", "地点", "主持人", "记录人", "应到",
                    "实到", "请假", "缺席", "出席率", "会议内容", "决议"));
            for (MeetingView m : meetings) {
                MeetingView.Attendance a = m.attendance();
                w.row(List.of(WHEN.format(m.startsAt()), m.types().stream().map(MeetingType::label).collect(Collectors.joining("、")),
                        m.topic(), nz(m.place()), nz(m.host()), nz(m.recorder()), String.valueOf(a.expected()),
                        String.valueOf(a.present()), String.valueOf(a.leave()), String.valueOf(a.absent()),
                        a.rate() == null ? "" : String.format("%.1f%%", a.rate() * 100), nz(m.minutes()), nz(m.resolutions())));
            }
        }
    }

    public static void attendance(AttendanceReport r, TableFormat format, OutputStream out) throws IOException {
        try (TableWriter w = Tables.writer(format, out)) {
            w.sheet("出勤统计 " + r.from() + " 至 " + r.to(), List.of("姓名", "所在组织", "类别", "应参加", "出席", "请假", "缺席",
                    "出席率", "出席率不足", "连续6个月未参加组织生活", "党费连续6个月未交"));
            for (AttendanceReport.Row m : r.members()) {
                w.row(List.of(m.name(), m.organization() == null ? "" : m.organization().name(),
                        m.registration() == org.branchbook.member.Registration.REGISTERED ? "在册" : "在职党员报到",
                        String.valueOf(m.expected()), String.valueOf(m.present()), String.valueOf(m.leave()),
                        String.valueOf(m.absent()), m.rate() == null ? "" : String.format("%.1f%%", m.rate() * 100),
                        m.belowThreshold() ? "是" : "", m.inactive() ? "是" : "", m.duesFlagged() ? "是" : ""));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
