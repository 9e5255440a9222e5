package cn.yingji.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Turns every exception that leaves a handler into problem+json with a stable code and a zh-CN detail.
 * Client errors are logged at debug; only what is really our fault (5xx) is logged as an error.
 * Runs before Spring Boot's default error handler (order -2).
 */
@Component
@Order(-3)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    /** What a 503 tells the client to wait before it tries again. */
    private static final int RETRY_AFTER_SECONDS = 2;

    private final ProblemWriter writer;

    ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        Problem p = classify(ex);
        if (p.status == HttpStatus.SERVICE_UNAVAILABLE) {
            log.warn("Busy on {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    ex.toString());
            if (!exchange.getResponse().isCommitted()) {
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            }
        } else if (p.status.is5xxServerError()) {
            log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex);
        } else {
            log.debug("Client error {} on {}: {}", p.status.value(), exchange.getRequest().getPath(), ex.toString());
        }
        return writer.write(exchange, p.status, p.code, p.detail, p.extra);
    }

    record Problem(HttpStatus status, String code, String detail, Map<String, Object> extra) {
        Problem(HttpStatus status, String code, String detail) {
            this(status, code, detail, Map.of());
        }
    }

    static Problem classify(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.core.io.buffer.DataBufferLimitException) {
                return new Problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "请求内容过大（附件不超过 50 MB）");
            }
            // no database connection came free in time: the instance is overloaded, the request did nothing
            if (t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException) {
                return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-busy", "服务繁忙，请稍后重试");
            }
            // refused while the body was read (TextModule), arriving wrapped by the JSON decoder
            if (t != ex && t instanceof ApiException api) {
                return new Problem(api.status(), api.code(), api.detail(), api.extra());
            }
        }
        return switch (ex) {
            case ApiException api -> new Problem(api.status(), api.code(), api.detail(), api.extra());
            case WebExchangeBindException bind -> validation(bind);
            case ServerWebInputException input -> new Problem(HttpStatus.BAD_REQUEST, "malformed-request",
                    "请求格式错误：" + inputReason(input));
            // a body read by the handler itself (multipart parts) fails to decode without a ServerWebInputException
            case org.springframework.core.codec.DecodingException decoding -> new Problem(HttpStatus.BAD_REQUEST,
                    "malformed-request", "请求格式错误：无法解析请求体");
            case AuthenticationException auth -> new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "未登录或登录已失效，请重新登录");
            case AccessDeniedException denied -> new Problem(HttpStatus.FORBIDDEN, "forbidden",
                    "您没有执行此操作的权限");
            case ResponseStatusException rse -> fromStatus(HttpStatus.valueOf(rse.getStatusCode().value()));
            case DataAccessException dae -> fromDatabase(dae);
            case org.springframework.dao.DataAccessException dae -> fromDatabase(dae);
            default -> new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误，请稍后重试");
        };
    }

    private static Problem validation(WebExchangeBindException bind) {
        List<Map<String, String>> errors = bind.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        String first = errors.isEmpty() ? "" : "：" + errors.getFirst().get("field") + " " + errors.getFirst().get("message");
        return new Problem(HttpStatus.BAD_REQUEST, "validation-failed", "请求参数校验失败" + first,
                Map.of("errors", errors));
    }

    private static String inputReason(ServerWebInputException input) {
        if (input.getMethodParameter() != null && input.getMethodParameter().hasParameterAnnotations()) {
            return "参数 " + input.getMethodParameter().getParameterName() + " 的值无效";
        }
        return "无法解析请求体，请提交合法的 JSON";
    }

    private static Problem fromStatus(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> new Problem(status, "not-found", "请求的资源不存在");
            case METHOD_NOT_ALLOWED -> new Problem(status, "method-not-allowed", "不支持该请求方法");
            case UNSUPPORTED_MEDIA_TYPE -> new Problem(status, "unsupported-media-type", "不支持的内容类型，请使用 application/json");
            case NOT_ACCEPTABLE -> new Problem(status, "not-acceptable", "无法提供所请求的响应格式");
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> new Problem(status, "payload-too-large", "请求内容过大");
            default -> status.is5xxServerError()
                    ? new Problem(status, "internal-error", "服务器内部错误，请稍后重试")
                    : new Problem(status, "http-" + status.value(), "请求无法处理（" + status.value() + "）");
        };
    }

    /** Constraint violations are the client's fault; the database is the last line of validation. */
    private static Problem fromDatabase(Throwable dae) {
        String state = null;
        for (Throwable t = dae; t != null && state == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                state = sql.getSQLState();
            }
        }
        if (state == null) {
            return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误，请稍后重试");
        }
        return switch (state) {
            case "23505" -> new Problem(HttpStatus.CONFLICT, "duplicate", "数据重复：已存在相同的记录");
            case "23503" -> new Problem(HttpStatus.BAD_REQUEST, "invalid-reference", "引用的记录不存在或不属于本单位");
            case "23502", "23514", "22001", "22P02", "22007", "22008", "22003" ->
                    new Problem(HttpStatus.BAD_REQUEST, "invalid-value", "提交的数据不符合要求");
            // NUL and the like that came by a way other than a JSON body (a query, a form field); see Text
            case "22021", "22P05" -> new Problem(HttpStatus.BAD_REQUEST, "invalid-character",
                    "提交的文本含有不允许的字符（如 NUL 等控制字符），请删除后重试");
            case "42501" -> new Problem(HttpStatus.FORBIDDEN, "tenant-forbidden", "无权操作其他行政区划的数据");
            case "40001", "40P01" -> new Problem(HttpStatus.CONFLICT, "concurrent-update", "数据正被他人修改，请重试");
            default -> new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误，请稍后重试");
        };
    }
}
