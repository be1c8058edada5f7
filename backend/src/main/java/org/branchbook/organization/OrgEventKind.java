package org.branchbook.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to an organization, as kept in its history. */
@Schema(name = "OrgEventKind", description = "组织沿革事件")
public enum OrgEventKind {
    /** 成立. */
    CREATED,
    /** 调整隶属关系 (re-parenting). */
    MOVED,
    /** 类型变更 (e.g. 支部 → 总支 → 党委). */
    TYPE_CHANGED,
    /** 换届 (a new leadership term). */
    TERM_STARTED,
    /** 撤销 (archived; never deleted). */
    ARCHIVED
}
