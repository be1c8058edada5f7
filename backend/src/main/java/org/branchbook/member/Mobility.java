package org.branchbook.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 流动党员: away from their branch (流出) or living here while registered elsewhere (流入). */
@Schema(name = "Mobility", description = "OUTFLOW 流出党员, INFLOW 流入党员")
public enum Mobility {
    /** 流出: registered here, living or working elsewhere. */
    OUTFLOW("流出"),
    /** 流入: registered elsewhere, living or working here. */
    INFLOW("流入");

    private final String label;

    Mobility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
