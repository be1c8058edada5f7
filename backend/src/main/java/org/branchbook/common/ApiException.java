package org.branchbook.common;

import java.util.List;

/**
 * A failure the client caused or can act on, carried to the problem+json mapper.
 * Each factory names one problem type; the detail is written for the person reading it (zh-CN).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final transient List<FieldError> errors;
    private String instance;

    public ApiException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(400, "validation", "请求参数不合法", detail, errors);
    }

    public static ApiException badRequest(String field, String message) {
        return badRequest(message, List.of(FieldError.of(field, message)));
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, "unauthenticated", "需要登录",
                "请先登录，或在 Authorization 请求头中提供有效的 Bearer 令牌。", null);
    }

    public static ApiException unauthenticated(String detail) {
        return new ApiException(401, "unauthenticated", "需要登录", detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "无权操作", detail, null);
    }

    public static ApiException tooManyAttempts(long retryAfterSeconds) {
        return new TooManyAttempts(retryAfterSeconds);
    }

    /** 429 with the seconds to wait, sent as Retry-After. */
    public static final class TooManyAttempts extends ApiException {
        private final long retryAfterSeconds;

        TooManyAttempts(long retryAfterSeconds) {
            super(429, "too-many-attempts", "尝试次数过多",
                    "登录失败次数过多，请 " + Math.max(1, (retryAfterSeconds + 59) / 60) + " 分钟后再试。", null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "资源不存在", detail, null);
    }

    public static ApiException conflict(String slug, String detail) {
        return new ApiException(409, slug, "与当前状态冲突", detail, null);
    }

    public static ApiException conflict(String slug, String field, String message) {
        return new ApiException(409, slug, "与当前状态冲突", message, List.of(FieldError.of(field, message)));
    }

    public static ApiException unprocessable(String slug, String detail, List<FieldError> errors) {
        return new ApiException(422, slug, "不符合业务规则", detail, errors);
    }

    public static ApiException unprocessable(String slug, String field, String message) {
        return unprocessable(slug, message, List.of(FieldError.of(field, message)));
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "stale-etag", "数据已被修改",
                "该记录已被他人修改，请重新读取后再提交（If-Match 与当前 ETag 不一致）。", null);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "if-match-required", "缺少 If-Match",
                "修改操作需要携带 If-Match 请求头，其值为最近一次读取时的 ETag。", null);
    }

    /** Names the resource where this occurrence of the problem can be read (the problem's {@code instance}). */
    public ApiException at(String instanceUri) {
        this.instance = instanceUri;
        return this;
    }

    /** The problem's {@code instance} when not the request path. */
    public String instance() {
        return instance;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
