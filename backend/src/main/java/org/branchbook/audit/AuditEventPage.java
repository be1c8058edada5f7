package org.branchbook.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of audit events, newest first. */
@Schema(name = "AuditEventPage", description = "A page of audit events, newest first.")
public record AuditEventPage(@Schema(required = true) List<AuditEventView> items, String nextCursor) {
}
