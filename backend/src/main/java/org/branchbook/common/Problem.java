package org.branchbook.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(required = true, description = "Problem type URI; stable, safe to branch on", examples = "urn:branchbook:problem:validation") String type,
        @Schema(required = true, examples = "请求参数不合法") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(description = "Human-readable explanation (zh-CN)") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Request id, also in the X-Request-Id header and the server log") String requestId,
        @Schema(description = "Validation errors by field or by import row") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:branchbook:problem:";
}
