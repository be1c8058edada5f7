package org.branchbook.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a standard departs from the table. */
@Schema(name = "DuesAdjustment", description = "NONE as the table gives; REDUCED 少交 and EXEMPT 免交 (branch review and "
        + "upper committee approval: approvalReference required); OVERRIDE another amount set by hand (reason required)")
public enum Adjustment {
    /** As the table gives. */
    NONE("按标准"),
    /** 少交: approved by the upper committee. */
    REDUCED("少交"),
    /** 免交: approved by the upper committee. */
    EXEMPT("免交"),
    /** Set by hand for another reason. */
    OVERRIDE("手工调整");

    private final String label;

    Adjustment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
