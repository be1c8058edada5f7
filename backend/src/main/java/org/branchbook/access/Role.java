package org.branchbook.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 角色: what an account may do inside its organization's subtree. */
@Schema(name = "Role", description = "STREET_ADMIN 街道管理员; ORG_ADMIN 党务工作者 (read/write); ORG_VIEWER 只读; AUDITOR 审计 (read + audit trail)")
public enum Role {
    /** 街道党工委工作人员: everything in the street, manages accounts. */
    STREET_ADMIN,
    /** 党务工作者: reads and writes the subtree. */
    ORG_ADMIN,
    /** Reads the subtree. */
    ORG_VIEWER,
    /** Reads the subtree and the audit trail. */
    AUDITOR;

    public boolean canWrite() {
        return this == STREET_ADMIN || this == ORG_ADMIN;
    }
}
