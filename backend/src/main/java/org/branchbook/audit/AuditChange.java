package org.branchbook.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One changed field: its value before and after (any JSON value; absent when there was none). */
@Schema(name = "AuditChange", description = "One changed field: before and after (any JSON value; absent when none).")
public record AuditChange(
        @Schema(description = "The value before the change") Object before,
        @Schema(description = "The value after the change") Object after) {
}
