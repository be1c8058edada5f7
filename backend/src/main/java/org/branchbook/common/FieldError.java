package org.branchbook.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem with one input: a JSON field path for bodies, or a row and column for imports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "A validation error: a JSON field path (e.g. `seats[0].personName`) or, for imports, a row and column.")
public record FieldError(
        @Schema(description = "Path of the offending field in the request", examples = "code") String field,
        @Schema(description = "Row number in an imported file as a spreadsheet shows it (the header is row 1)") Integer row,
        @Schema(description = "Column header in an imported file") String column,
        @Schema(required = true, description = "What is wrong, in Chinese", examples = "不能为空") String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, null, null, message);
    }
}
