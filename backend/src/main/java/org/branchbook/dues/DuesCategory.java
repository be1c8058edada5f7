package org.branchbook.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which part of the 2008 table (中组发〔2008〕3号) sets a member's dues. */
@Schema(name = "DuesCategory", description = "IN_WORK 在职 (by monthly after-tax wage); RETIRED 离退休 (by pension); "
        + "STUDENT 学生, UNEMPLOYED 下岗失业, RELIEF 享受低保/救济 (fixed 0.2 元/month); FARMER 农民 (0.2–1 元/month, set by the branch)")
public enum DuesCategory {
    /** 在职: a bracket rate of the whole monthly after-tax wage. */
    IN_WORK("在职"),
    /** 离退休: a bracket rate of the monthly pension. */
    RETIRED("离退休"),
    /** 学生: fixed. */
    STUDENT("学生"),
    /** 下岗失业: fixed. */
    UNEMPLOYED("下岗失业"),
    /** 享受最低生活保障或救济: fixed. */
    RELIEF("低保/救济"),
    /** 农民: an amount in the range the table gives, set by the branch. */
    FARMER("农民");

    private final String label;

    DuesCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the amount follows from an income base by a bracket rate. */
    public boolean rated() {
        return this == IN_WORK || this == RETIRED;
    }
}
