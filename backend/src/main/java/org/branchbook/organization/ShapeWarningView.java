package org.branchbook.organization;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One shape warning. */
@Schema(name = "ShapeWarning", description = "A compliance warning about an organization's shape (not an error).")
public record ShapeWarningView(
        @Schema(required = true) OrgShape.Code code,
        @Schema(required = true) OrgShape.Severity severity,
        @Schema(required = true, description = "What is wrong and what to do (zh-CN)") String message,
        @Schema(description = "Since when, where known") LocalDate since) {

    static ShapeWarningView of(OrgShape.Warning w) {
        return new ShapeWarningView(w.code(), w.severity(), w.message(), w.since());
    }
}
