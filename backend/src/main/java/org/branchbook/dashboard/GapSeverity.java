package org.branchbook.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How soon a gap must be fixed; the list is sorted by it first. */
@Schema(name = "GapSeverity", description = "URGENT 立即整改; WARNING 尽快整改; NOTICE 提示")
public enum GapSeverity {
    URGENT("立即整改"),
    WARNING("尽快整改"),
    NOTICE("提示");

    private final String label;

    GapSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
