package org.branchbook.member;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The preconditions and outcome of each lifecycle action (党章 第七条: a probationary period of one
 * year from the 支部大会's approval, extendable once by at most a year). Pure: the service passes
 * the member's facts and today's date, and applies the outcome.
 */
public final class Lifecycle {

    /** 预备期: one year. */
    public static final int PROBATION_MONTHS = 12;
    /** An extension is at most a year. */
    public static final int MAX_EXTENSION_MONTHS = 12;

    /** What the rules need to know about a member. */
    public record Facts(MemberStatus status, MemberStatus statusBefore, LocalDate joinedOn, LocalDate probationEndsOn,
            boolean probationExtended, LocalDate lastEventOn) {}

    /** The action requested: {@code months} for an extension, {@code leaveKind} for 出党. */
    public record Request(MemberAction action, LocalDate effectiveOn, Integer months, LeaveKind leaveKind) {}

    /** The member after the action. */
    public record Outcome(MemberStatus status, MemberStatus statusBefore, LocalDate fullOn, LocalDate probationEndsOn,
            boolean probationExtended, LeaveKind leftKind) {}

    /** Why an action is refused: {@code wrongState} is a 409 (the member is not in a state for it), else a 422. */
    public static final class Refusal extends RuntimeException {
        private final String code;
        private final String field;
        private final boolean wrongState;

        Refusal(String code, String field, boolean wrongState, String message) {
            super(message, null, false, false);
            this.code = code;
            this.field = field;
            this.wrongState = wrongState;
        }

        public String code() {
            return code;
        }

        public String field() {
            return field;
        }

        public boolean wrongState() {
            return wrongState;
        }
    }

    private Lifecycle() {}

    /** When a probation that started on {@code joinedOn} ends, before any extension. */
    public static LocalDate probationEnd(LocalDate joinedOn) {
        return joinedOn.plusMonths(PROBATION_MONTHS);
    }

    /** The outcome of {@code r} on a member with {@code f}, or a {@link Refusal}. */
    public static Outcome apply(Facts f, Request r, LocalDate today) {
        MemberAction action = r.action();
        if (!action.allowedFrom(f.status())) {
            String allowed = action.from().stream().map(MemberStatus::label).collect(Collectors.joining("或"));
            throw new Refusal("wrong-status", null, true,
                    "只有" + allowed + "才能" + action.label() + "，该党员当前为" + f.status().label());
        }
        LocalDate on = r.effectiveOn();
        if (on.isAfter(today)) {
            throw new Refusal("date-in-future", "effectiveOn", false, "日期不能晚于今天（" + today + "）");
        }
        if (on.isBefore(f.joinedOn())) {
            throw new Refusal("before-joining", "effectiveOn", false, "日期不能早于入党日期（" + f.joinedOn() + "）");
        }
        if (f.lastEventOn() != null && on.isBefore(f.lastEventOn())) {
            throw new Refusal("before-last-event", "effectiveOn", false,
                    "日期不能早于该党员上一次组织处理的日期（" + f.lastEventOn() + "）");
        }
        return switch (action) {
            case CONFIRMED -> {
                if (on.isBefore(f.probationEndsOn())) {
                    throw new Refusal("probation-not-over", "effectiveOn", false,
                            "预备期至 " + f.probationEndsOn() + " 届满，届满后才能讨论转正");
                }
                // 党龄 counts from the day the probation ends, whenever the meeting decided it
                yield new Outcome(MemberStatus.FULL, null, f.probationEndsOn(), null, f.probationExtended(), null);
            }
            case PROBATION_EXTENDED -> {
                if (f.probationExtended()) {
                    throw new Refusal("already-extended", null, true, "预备期只能延长一次，该党员已延长过");
                }
                Integer months = r.months();
                if (months == null || months < 1 || months > MAX_EXTENSION_MONTHS) {
                    throw new Refusal("extension-length", "months", false,
                            "延长期限应为 1 到 " + MAX_EXTENSION_MONTHS + " 个月");
                }
                yield new Outcome(MemberStatus.PROBATIONARY, null, null, f.probationEndsOn().plusMonths(months), true,
                        null);
            }
            case PROBATION_CANCELLED -> new Outcome(MemberStatus.DISQUALIFIED, f.status(), null, null,
                    f.probationExtended(), null);
            case LEFT -> {
                if (r.leaveKind() == null) {
                    throw new Refusal("leave-kind-required", "kind", false, "请选择出党方式（自行脱党、除名或开除党籍）");
                }
                yield new Outcome(MemberStatus.LEFT, f.status(), null, null, f.probationExtended(), r.leaveKind());
            }
            case DIED -> new Outcome(MemberStatus.DECEASED, f.status(), null, null, f.probationExtended(), null);
            case RESTORED -> {
                MemberStatus back = f.statusBefore() == MemberStatus.PROBATIONARY ? MemberStatus.PROBATIONARY
                        : MemberStatus.FULL;
                yield new Outcome(back, null, null, null, f.probationExtended(), null);
            }
        };
    }
}
