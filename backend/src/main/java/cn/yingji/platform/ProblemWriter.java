package cn.yingji.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents. The one place that decides what an error looks like on the wire,
 * used by the exception handler and by the security entry points alike.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail,
            Map<String, Object> extra) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create("urn:yingji:problem:" + code).toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        body.put("instance", exchange.getRequest().getPath().value());
        body.putAll(extra);
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatusCode(status);
        if (status == HttpStatus.UNAUTHORIZED && !response.getHeaders().containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            // RFC 9110: a 401 names the scheme the client should use; RFC 6750 names the token's fault
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, exchange.getRequest().getHeaders()
                    .containsHeader(HttpHeaders.AUTHORIZATION) ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
