package org.branchbook.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json responses.
 * No response ever carries a stack trace or a class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, ContainerRequestContext request) {
        Response response = respond(request, e.status(), e.slug(), e.title(), e.getMessage(), e.errors());
        if (e.instance() != null) {
            Problem p = (Problem) response.getEntity();
            response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(new Problem(p.type(), p.title(),
                    p.status(), p.detail(), e.instance(), p.requestId(), p.errors())).build();
        }
        if (e instanceof ApiException.TooManyAttempts tooMany) {
            return Response.fromResponse(response).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("；"));
        return respond(request, 400, "validation", "请求参数不合法", detail, errors);
    }

    // Listed one by one: quarkus-rest-jackson maps some of these subtypes itself (with an empty body).
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, InvalidNullException.class, StreamReadException.class})
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = jsonMessage(mapping);
            return respond(request, 400, "validation", "请求参数不合法", field + ": " + message,
                    List.of(FieldError.of(field, message)));
        }
        return respond(request, 400, "malformed-json", "请求体不是合法的 JSON",
                "请求体无法解析为 JSON，请检查语法（引号、逗号、括号）和编码（UTF-8）。", List.of());
    }

    @ServerExceptionMapper(StaleObjectStateException.class)
    public Response staleWrite(RuntimeException e, ContainerRequestContext request) {
        ApiException stale = ApiException.preconditionFailed();
        return respond(request, stale.status(), stale.slug(), stale.title(), stale.getMessage(), List.of());
    }

    /**
     * Database refusals that a check could not see coming (a race on a unique code, a character or
     * date PostgreSQL cannot store) are client-facing conflicts or bad input, never a 500.
     */
    @ServerExceptionMapper
    public Response database(PersistenceException e, ContainerRequestContext request) {
        if (e instanceof OptimisticLockException) {
            return staleWrite(e, request);
        }
        SQLException sql = sqlCause(e);
        String state = sql == null ? "" : sql.getSQLState();
        String constraint = e instanceof org.hibernate.exception.ConstraintViolationException cve
                ? cve.getConstraintName() : null;
        return switch (state == null ? "" : state) {
            case "23505" -> switch (constraint == null ? "" : constraint) {
                case "organization_code_uq" -> respond(request, 409, "duplicate-code", "与当前状态冲突", "党组织编码已被使用",
                        List.of(FieldError.of("code", "党组织编码已被使用")));
                case "member_id_number_uq" -> respond(request, 409, "duplicate-id-number", "与当前状态冲突",
                        "该身份证号已登记（身份证号在全系统唯一）", List.of(FieldError.of("idNumber", "该身份证号已登记")));
                case "transfer_member_open_uq", "transfer_incoming_open_uq" -> respond(request, 409, "transfer-open",
                        "与当前状态冲突", "该党员已有未办结的组织关系转接", List.of());
                default -> respond(request, 409, "conflict", "与当前状态冲突",
                        "与同时进行的另一项修改冲突，请刷新后重试。", List.of());
            };
            case "40001", "40P01" -> respond(request, 409, "conflict", "与当前状态冲突",
                    "与同时进行的另一项修改冲突，请重试。", List.of());
            case "22021", "22P05" -> respond(request, 400, "validation", "请求参数不合法",
                    "文本中含有无法保存的字符（如 \\u0000）。", List.of());
            case "22008" -> respond(request, 400, "validation", "请求参数不合法", "日期超出允许的范围。", List.of());
            default -> unexpected(e, request);
        };
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String slug;
        String title;
        String detail;
        switch (status) {
            case 404 -> { slug = "not-found"; title = "资源不存在"; detail = "请求的地址或资源不存在。"; }
            case 405 -> { slug = "method-not-allowed"; title = "不支持该请求方法"; detail = "该地址不支持此 HTTP 方法。"; }
            case 406 -> { slug = "not-acceptable"; title = "无法提供所需格式"; detail = "服务器无法按 Accept 请求头要求的格式返回。"; }
            case 413 -> { slug = "too-large"; title = "请求体过大"; detail = "请求体超过了允许的大小。"; }
            case 415 -> { slug = "unsupported-media-type"; title = "不支持的内容类型"; detail = "请使用 Content-Type: application/json。"; }
            default -> { slug = "bad-request"; title = "请求无效"; detail = "请求无法处理，请检查参数和请求体。"; }
        }
        return respond(request, status, slug, title, detail, List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.error("Unexpected failure", e);
        return respond(request, 500, "internal", "服务器内部错误",
                "服务器处理请求时出错，请稍后重试；如持续出现，请将请求编号提供给管理员。", List.of());
    }

    static Response respond(ContainerRequestContext request, int status, String slug, String title, String detail,
            List<FieldError> errors) {
        String path = request == null ? null : request.getUriInfo().getRequestUri().getRawPath();
        Problem body = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, path, RequestIds.of(request),
                errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** {@code create.body.seats[0].personName} becomes {@code seats[0].personName}; query params keep their name. */
    static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            boolean skipped = node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || (node.getKind() == ElementKind.PARAMETER && "body".equals(node.getName()));
            // Bean Validation puts a list position on the node that follows the list.
            if (node.isInIterable() && node.getIndex() != null && out.length() > 0) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (skipped || node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(node.getName());
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String jsonMessage(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getOriginalMessage() != null
                && !invalid.getOriginalMessage().isEmpty() && invalid.getOriginalMessage().charAt(0) > 0x2e80) {
            return invalid.getOriginalMessage(); // our own Chinese message (NUL text, date range)
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "未知字段";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return "不是有效的取值，可选：" + allowed;
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "类型不正确，应为" + typeName(mismatched.getTargetType());
        }
        return "格式不正确";
    }

    private static String typeName(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "UUID 字符串";
        }
        if (type == java.time.LocalDate.class) {
            return "日期（YYYY-MM-DD）";
        }
        if (type == java.time.YearMonth.class) {
            return "月份（YYYY-MM）";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "布尔值";
        }
        if (type == String.class) {
            return "字符串";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        return "对象";
    }
}
