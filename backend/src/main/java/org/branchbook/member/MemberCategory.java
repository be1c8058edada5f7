package org.branchbook.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The special groups a community must know the counts of (seed 000), as flags on a member. */
@Schema(name = "MemberCategory", description = "RETIRED 离退休, UNEMPLOYED 下岗失业, IN_HARDSHIP 困难党员, VETERAN 老党员, BEDRIDDEN 长期卧床")
public enum MemberCategory {
    /** 离退休. */
    RETIRED("离退休"),
    /** 下岗失业. */
    UNEMPLOYED("下岗失业"),
    /** 困难党员. */
    IN_HARDSHIP("困难党员"),
    /** 老党员. */
    VETERAN("老党员"),
    /** 长期卧床. */
    BEDRIDDEN("长期卧床");

    private final String label;

    MemberCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
