package cn.yingji.experts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The API steps the expert tests take again and again. */
final class ExpertSteps {

    private final Function<String, WebTestClient> as;

    ExpertSteps(Function<String, WebTestClient> as) {
        this.as = as;
    }

    /** A valid registration body: the given name, organization and specialties, a random mobile number. */
    static Map<String, Object> expert(String name, String organization, List<String> specialties, String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organization", organization);
        body.put("title", "高级工程师");
        body.put("specialties", specialties);
        body.put("level", level);
        body.put("phone", phone());
        body.put("email", "expert@example.cn");
        return body;
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    WebTestClient.ResponseSpec post(String user, String uri, Object body, Object... vars) {
        return as.apply(user).post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }

    Map<String, Object> register(String user, Map<String, Object> body) {
        return ok(post(user, "/api/v1/experts", body));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String user, String uri, Object... vars) {
        return as.apply(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String user, String uri, Object... vars) {
        return as.apply(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(List.class)
                .returnResult().getResponseBody();
    }

    /** Polls {@code uri} until {@code done} holds (the indexer is asynchronous), or fails after 90 s. */
    Map<String, Object> await(String user, String uri, Predicate<Map<String, Object>> done, Object... vars)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, Object> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(user, uri, vars);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(uri + " never satisfied the condition; last result: " + last);
    }

    @SuppressWarnings("unchecked")
    static List<Object> ids(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("items")).stream().map(i -> i.get("id")).toList();
    }

    static int version(Map<String, Object> row) {
        return ((Number) row.get("version")).intValue();
    }
}
