package org.branchbook.dues;

import java.util.List;
import org.branchbook.common.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a base import found and did. */
@Schema(name = "DuesBaseImportReport", description = "A base import's report: counts and every bad row (row = the "
        + "spreadsheet row, header = 1). A dry run only reports; a real run with any bad row writes nothing (422).")
public record BaseImportReport(
        @Schema(required = true) boolean dryRun,
        @Schema(required = true) int rows,
        @Schema(required = true, description = "Standards (would be) created") int created,
        @Schema(required = true, description = "Standards whose base or category (would) change") int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int errorCount,
        @Schema(required = true) List<FieldError> errors) {
}
