package org.branchbook.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.branchbook.common.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import run found and did. */
@Schema(name = "MemberImportReport", description = "The report of a member import: counts, and every bad row (the first "
        + "`errors` here, all of them in the CSV at `errorsCsv`). A dry run only reports what a real run would do.")
public record MemberImportReport(
        @Schema(required = true) UUID id,
        @Schema(required = true) boolean dryRun,
        @Schema(required = true, description = "VALID: dry run, no errors; INVALID: dry run with errors; APPLIED: written; "
                + "REJECTED: real run with errors, nothing written") Outcome outcome,
        @Schema(required = true, description = "CSV or XLSX") String format,
        @Schema(required = true, description = "Data rows read (the header not counted)") long rows,
        @Schema(required = true, description = "New members (would be) registered") long created,
        @Schema(required = true, description = "Existing members whose record (would) change") long updated,
        @Schema(required = true, description = "Existing members the file leaves as they are") long unchanged,
        @Schema(required = true, description = "Problems found (a row may have several)") long errorCount,
        @Schema(required = true, description = "The first problems, by row; `row` is the spreadsheet row (header = 1)") List<FieldError> errors,
        @Schema(required = true, description = "Whether more problems exist than listed here") boolean errorsTruncated,
        @Schema(required = true, description = "Where to download every problem as CSV", examples = "/api/v1/member-imports/0b8f…/errors") String errorsCsv,
        @Schema(required = true) Instant createdAt) {

    /** How a run ended. */
    @Schema(name = "MemberImportOutcome", description = "VALID, INVALID (dry runs); APPLIED, REJECTED (real runs)")
    public enum Outcome { VALID, INVALID, APPLIED, REJECTED }
}
