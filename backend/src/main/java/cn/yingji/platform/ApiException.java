package cn.yingji.platform;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on: an HTTP status, a stable machine-readable {@code code} and a zh-CN
 * {@code detail}. Rendered as RFC 9457 problem+json by {@link ProblemExceptionHandler}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> extra;

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    /** With extra members of the problem document, e.g. the per-row {@code errors} of an import. */
    public ApiException(HttpStatus status, String code, String detail, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.code = code;
        this.extra = Map.copyOf(extra);
    }

    /** 422 with the list of what is wrong ({@code errors}: objects naming the row or field and the message). */
    public static ApiException invalid(String code, String detail, List<?> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail, Map.of("errors", errors));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extra() {
        return extra;
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, code, detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }
}
