package org.branchbook.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceStatus", description = "EXPECTED 应到 (a planned meeting); PRESENT 出席; LEAVE 请假; ABSENT 缺席")
public enum AttendanceStatus {
    EXPECTED("应到"),
    PRESENT("出席"),
    LEAVE("请假"),
    ABSENT("缺席");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
