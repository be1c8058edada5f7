package org.branchbook.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 学历, in the bands the national member system uses. */
@Schema(name = "Education", description = "学历")
public enum Education {
    /** 研究生. */
    POSTGRADUATE("研究生"),
    /** 大学本科. */
    BACHELOR("大学本科"),
    /** 大学专科. */
    ASSOCIATE("大学专科"),
    /** 中专. */
    SECONDARY_VOCATIONAL("中专"),
    /** 高中. */
    HIGH_SCHOOL("高中"),
    /** 初中. */
    JUNIOR_HIGH("初中"),
    /** 小学及以下. */
    PRIMARY_OR_BELOW("小学及以下");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
