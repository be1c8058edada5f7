package org.branchbook.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 组织设置合规检查: whether an organization is "in shape" by the thresholds of domain.md.
 * Pure: fed with counts and leadership facts, it returns warnings (not errors: real organizations
 * are sometimes out of shape, and the dashboard shows them as gaps to fix).
 */
public final class OrgShape {

    /** A 党支部 needs at least this many full members; fewer → 联合党支部. */
    public static final int MIN_FULL_MEMBERS_FOR_BRANCH = 3;
    /** A 联合党支部 covers at most this many units. */
    public static final int MAX_UNITS_PER_JOINT_BRANCH = 5;
    /** A branch should generally not exceed this many members (above: split or 党总支). */
    public static final int MAX_BRANCH_MEMBERS = 50;
    /** From this many members an organization should be a 党委. */
    public static final int MIN_MEMBERS_FOR_PARTY_COMMITTEE = 100;
    /** A branch committee (支部委员会) is set up only with at least this many full members. */
    public static final int MIN_FULL_MEMBERS_FOR_COMMITTEE = 7;
    /** Branch committee size: at least 3 委员, at most 7. */
    public static final int MIN_COMMITTEE_SIZE = 3;
    public static final int MAX_COMMITTEE_SIZE = 7;
    /** Community Party body (社区党组织班子): 5–7 people below 3000 residents, 5–9 from 3000. */
    public static final int COMMUNITY_RESIDENTS_THRESHOLD = 3000;
    public static final int COMMUNITY_MIN_LEADERS = 5;
    public static final int COMMUNITY_MAX_LEADERS_SMALL = 7;
    public static final int COMMUNITY_MAX_LEADERS_LARGE = 9;

    /** How urgent a warning is; the dashboard lists HIGH first. */
    @Schema(name = "WarningSeverity", description = "HIGH: fix now; MEDIUM: fix soon; LOW: for information")
    public enum Severity { HIGH, MEDIUM, LOW }

    /** What is out of shape. */
    @Schema(name = "ShapeWarningCode", description = "What is out of shape")
    public enum Code {
        TOO_FEW_FULL_MEMBERS,
        JOINT_BRANCH_TOO_MANY_UNITS,
        SHOULD_BE_GENERAL_BRANCH,
        SHOULD_BE_PARTY_COMMITTEE,
        NO_COMMITTEE,
        COMMITTEE_TOO_LARGE,
        COMMITTEE_NOT_EXPECTED,
        COMMUNITY_LEADERSHIP_SIZE,
        NO_LEADERSHIP,
        NO_SECRETARY,
        ELECTION_OVERDUE,
        ELECTION_DUE_VERY_SOON,
        ELECTION_DUE_SOON
    }

    /** One warning, with the day it started where that is known. */
    public record Warning(Code code, Severity severity, String message, LocalDate since) {}

    /**
     * What the rule needs to know about one organization.
     *
     * @param fullMembers 正式党员 registered in the organization's subtree
     * @param probationaryMembers 预备党员 registered in the subtree
     * @param communityBody the community's own Party body (directly under the street, category 社区)
     * @param leaders people in the current term (null when no term is recorded)
     * @param committeeMembers of those, the 委员 other than 书记 and 副书记
     * @param hasSecretary whether the current term has a 书记
     * @param termEndsOn when the current term is due to end (null when none)
     */
    public record Input(OrgType type, boolean communityBody, int fullMembers, int probationaryMembers,
            Integer residentCount, Integer coveredUnitCount, Integer leaders, int committeeMembers,
            boolean hasSecretary, LocalDate termEndsOn) {

        public int totalMembers() {
            return fullMembers + probationaryMembers;
        }
    }

    private final ElectionPolicy elections;

    public OrgShape(ElectionPolicy elections) {
        this.elections = elections;
    }

    /** Every warning that applies on {@code today}, most severe first. */
    public List<Warning> warnings(Input in, LocalDate today) {
        List<Warning> out = new ArrayList<>();
        size(in, out);
        committee(in, out);
        leadership(in, today, out);
        out.sort(Comparator.comparing(Warning::severity));
        return out;
    }

    private static void size(Input in, List<Warning> out) {
        int total = in.totalMembers();
        if (in.type().isBranch() && in.fullMembers() < MIN_FULL_MEMBERS_FOR_BRANCH) {
            String advice = in.type() == OrgType.JOINT_BRANCH
                    ? "联合党支部也应有3名以上正式党员，应吸纳邻近单位或调整组建"
                    : "党支部应有3名以上正式党员，不足的应与邻近单位联合成立联合党支部";
            out.add(new Warning(Code.TOO_FEW_FULL_MEMBERS, Severity.HIGH,
                    "正式党员" + in.fullMembers() + "人，不足" + MIN_FULL_MEMBERS_FOR_BRANCH + "人：" + advice, null));
        }
        if (in.type() == OrgType.JOINT_BRANCH && in.coveredUnitCount() != null
                && in.coveredUnitCount() > MAX_UNITS_PER_JOINT_BRANCH) {
            out.add(new Warning(Code.JOINT_BRANCH_TOO_MANY_UNITS, Severity.MEDIUM,
                    "联合党支部覆盖" + in.coveredUnitCount() + "个单位，一般不超过" + MAX_UNITS_PER_JOINT_BRANCH + "个", null));
        }
        boolean branchOrGeneral = in.type().isBranch() || in.type() == OrgType.GENERAL_BRANCH;
        if (branchOrGeneral && total >= MIN_MEMBERS_FOR_PARTY_COMMITTEE) {
            out.add(new Warning(Code.SHOULD_BE_PARTY_COMMITTEE, Severity.MEDIUM,
                    "党员" + total + "人，达到" + MIN_MEMBERS_FOR_PARTY_COMMITTEE + "人以上，应设立党委", null));
        } else if (in.type().isBranch() && total > MAX_BRANCH_MEMBERS) {
            out.add(new Warning(Code.SHOULD_BE_GENERAL_BRANCH, Severity.MEDIUM,
                    "党员" + total + "人，超过" + MAX_BRANCH_MEMBERS + "人，应分设党支部或成立党总支", null));
        }
    }

    private static void committee(Input in, List<Warning> out) {
        if (in.type().isBranch() && in.leaders() != null) {
            if (in.fullMembers() >= MIN_FULL_MEMBERS_FOR_COMMITTEE) {
                if (in.leaders() < MIN_COMMITTEE_SIZE) {
                    out.add(new Warning(Code.NO_COMMITTEE, Severity.MEDIUM,
                            "正式党员" + in.fullMembers() + "人（7人以上），应设立支部委员会（一般3至5名委员，最多7名），现有班子"
                                    + in.leaders() + "人", null));
                } else if (in.leaders() > MAX_COMMITTEE_SIZE) {
                    out.add(new Warning(Code.COMMITTEE_TOO_LARGE, Severity.LOW,
                            "支部委员会" + in.leaders() + "人，一般3至5人，最多不超过" + MAX_COMMITTEE_SIZE + "人", null));
                }
            } else if (in.committeeMembers() > 0) {
                out.add(new Warning(Code.COMMITTEE_NOT_EXPECTED, Severity.LOW,
                        "正式党员不足7人的党支部不设支部委员会，只设书记（可设副书记），现有委员"
                                + in.committeeMembers() + "人", null));
            }
        }
        if (in.communityBody() && in.residentCount() != null && in.leaders() != null) {
            int max = in.residentCount() < COMMUNITY_RESIDENTS_THRESHOLD
                    ? COMMUNITY_MAX_LEADERS_SMALL : COMMUNITY_MAX_LEADERS_LARGE;
            if (in.leaders() < COMMUNITY_MIN_LEADERS || in.leaders() > max) {
                out.add(new Warning(Code.COMMUNITY_LEADERSHIP_SIZE, Severity.MEDIUM,
                        "辖区人口" + in.residentCount() + "人，社区党组织班子一般由" + COMMUNITY_MIN_LEADERS + "至" + max
                                + "人组成，现有" + in.leaders() + "人", null));
            }
        }
    }

    private void leadership(Input in, LocalDate today, List<Warning> out) {
        if (in.type() == OrgType.PARTY_GROUP) {
            return;
        }
        if (in.leaders() == null) {
            out.add(new Warning(Code.NO_LEADERSHIP, Severity.MEDIUM, "未录入现任班子及任期", null));
            return;
        }
        if (!in.hasSecretary()) {
            out.add(new Warning(Code.NO_SECRETARY, Severity.HIGH, "现任班子未配备书记", null));
        }
        LocalDate end = in.termEndsOn();
        switch (elections.status(end, today)) {
            case OVERDUE -> out.add(new Warning(Code.ELECTION_OVERDUE, Severity.HIGH,
                    "任期已于" + end + "届满，应按期换届", end));
            case DUE_VERY_SOON -> out.add(new Warning(Code.ELECTION_DUE_VERY_SOON, Severity.MEDIUM,
                    "任期将于" + end + "届满（" + elections.finalNoticeMonths() + "个月内），请做好换届准备", null));
            case DUE_SOON -> out.add(new Warning(Code.ELECTION_DUE_SOON, Severity.LOW,
                    "任期将于" + end + "届满（" + elections.earlyNoticeMonths() + "个月内），请启动换届筹备", null));
            default -> { }
        }
    }
}
