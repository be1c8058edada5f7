package org.branchbook.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.meeting.Requirement;
import org.branchbook.organization.OrgShape;
import org.branchbook.transfer.OverdueKind;

/**
 * Which gaps an organization has, how urgent each is and how it reads: pure, from the facts {@link DashboardFacts}
 * gathers with the rules of each feature (shape, dues arrears, attendance, compliance, transfers).
 */
public final class GapRules {

    private GapRules() {}

    /** A shape warning as {@link OrgShape} gives it. */
    public record Shape(OrgShape.Code code, OrgShape.Severity severity, String message, LocalDate since) {}

    /** Members counted for one flag, and the earliest day one of them got it. */
    public record Flagged(int count, LocalDate since) {
        static final Flagged NONE = new Flagged(0, null);
    }

    /** The requirements missed in the last closed period of one kind (last month, last quarter, last year). */
    public record Missed(String periodLabel, LocalDate closedOn, List<Requirement> requirements) {}

    /** A transfer (or a member away without one) late at this organization. */
    public record LateTransfer(OverdueKind kind, LocalDate since, long days, UUID transferId, UUID memberId,
            String memberName) {}

    public record Facts(List<Shape> shape, Flagged probationOverdue, Flagged duesFlagged, Flagged duesArrears,
            Flagged inactive, List<Missed> missed, List<LateTransfer> transfers) {}

    /** One gap, before it is stored. */
    public record Gap(GapKind kind, GapSeverity severity, String code, LocalDate since, String detail, Integer count,
            UUID transferId, UUID memberId, String memberName) {}

    public static List<Gap> gaps(Facts f) {
        List<Gap> out = new ArrayList<>();
        for (Shape s : f.shape()) {
            Gap g = shape(s);
            if (g != null) {
                out.add(g);
            }
        }
        if (f.duesFlagged().count() > 0) {
            out.add(new Gap(GapKind.DUES_FLAGGED, GapSeverity.URGENT, null, f.duesFlagged().since(),
                    f.duesFlagged().count() + " 名党员连续6个月以上未交纳党费，应按规定处理", f.duesFlagged().count(), null, null, null));
        }
        if (f.duesArrears().count() > 0) {
            out.add(new Gap(GapKind.DUES_ARREARS, GapSeverity.WARNING, null, f.duesArrears().since(),
                    f.duesArrears().count() + " 名党员欠缴党费3个月以上，请提醒补交", f.duesArrears().count(), null, null, null));
        }
        if (f.inactive().count() > 0) {
            out.add(new Gap(GapKind.MEMBERS_INACTIVE, GapSeverity.WARNING, null, f.inactive().since(),
                    f.inactive().count() + " 名党员连续6个月未参加组织生活", f.inactive().count(), null, null, null));
        }
        if (f.probationOverdue().count() > 0) {
            out.add(new Gap(GapKind.PROBATION_OVERDUE, GapSeverity.WARNING, null, f.probationOverdue().since(),
                    f.probationOverdue().count() + " 名预备党员预备期已满，尚未讨论转正", f.probationOverdue().count(), null, null,
                    null));
        }
        if (!f.missed().isEmpty()) {
            LocalDate since = f.missed().stream().map(Missed::closedOn).min(LocalDate::compareTo).orElse(null);
            int count = f.missed().stream().mapToInt(m -> m.requirements().size()).sum();
            String detail = f.missed().stream().map(m -> m.periodLabel() + " 未落实："
                    + m.requirements().stream().map(Requirement::label).collect(Collectors.joining("、")))
                    .collect(Collectors.joining("；"));
            out.add(new Gap(GapKind.MEETINGS_MISSED, GapSeverity.WARNING, null, since, detail, count, null, null, null));
        }
        for (LateTransfer t : f.transfers()) {
            GapSeverity severity = t.kind() == OverdueKind.RECEIPT_MISSING ? GapSeverity.NOTICE : GapSeverity.WARNING;
            out.add(new Gap(GapKind.TRANSFER_OVERDUE, severity, t.kind().name(), t.since(),
                    t.memberName() + "：" + t.kind().label() + "（" + t.days() + " 天）", null, t.transferId(), t.memberId(),
                    t.memberName()));
        }
        return out;
    }

    /** A shape warning as a gap; null for what is only information (换届 within six months). */
    static Gap shape(Shape s) {
        return switch (s.code()) {
            case ELECTION_DUE_SOON -> null;
            case ELECTION_OVERDUE -> new Gap(GapKind.ELECTION_OVERDUE, GapSeverity.URGENT, s.code().name(), s.since(),
                    s.message(), null, null, null, null);
            case ELECTION_DUE_VERY_SOON -> new Gap(GapKind.ELECTION_DUE, GapSeverity.WARNING, s.code().name(), s.since(),
                    s.message(), null, null, null, null);
            case NO_LEADERSHIP, NO_SECRETARY -> new Gap(GapKind.LEADERSHIP, severity(s.severity()), s.code().name(),
                    s.since(), s.message(), null, null, null, null);
            default -> new Gap(GapKind.ORG_SHAPE, severity(s.severity()), s.code().name(), s.since(), s.message(), null,
                    null, null, null);
        };
    }

    static GapSeverity severity(OrgShape.Severity s) {
        return switch (s) {
            case HIGH -> GapSeverity.URGENT;
            case MEDIUM -> GapSeverity.WARNING;
            case LOW -> GapSeverity.NOTICE;
        };
    }
}
