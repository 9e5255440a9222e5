package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.plans.PlanSteps;
import cn.yingji.platform.BadInputCorpus.Probe;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.AppRole;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;
import cn.yingji.tenancy.TenantRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never costs a 500: every operation of the application's own OpenAPI document, sent a corpus of bad
 * inputs by real signed-in users, answers 2xx or a problem+json with a {@code code}; and the faults a probe of the
 * API found (NUL in text, unknown sharing, deep pages, empty error bodies, a checklist of a plan shared down)
 * answer as documented in docs/contracts.md.
 */
class BadInputIntegrationTest extends ApiIntegrationTest {

    /** Tried in order until one may call the operation at all (a 403 to everyone is still an answer). */
    private static final List<String> USERS = List.of("ht-county", "wf-city", "expert-demo", "platform-admin", "sd-admin");

    @Value("${local.server.port}")
    int port;

    PlanSteps steps;

    @BeforeEach
    void setUp() {
        steps = new PlanSteps(this::as);
    }

    @Test
    void everyOperationAnswersBadInputWithAProblemNeverA5xx() throws Exception {
        JsonNode api = JsonMapper.shared().readTree(send(new Probe("GET", "/v3/api-docs", null, null, "api"), null).body());
        BadInputCorpus corpus = new BadInputCorpus(api);
        var operations = corpus.operations();
        assertThat(operations).hasSizeGreaterThan(100);
        assertThat(api.toString()).as("the viewer comes from the token, not a parameter").doesNotContain("\"viewer\"");

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<?>> done = new ArrayList<>();
            for (var op : operations) {
                done.add(pool.submit(() -> {
                    String token = tokenFor(corpus.base(op.getKey(), op.getValue()), requests, serverErrors, failures);
                    for (Probe probe : corpus.bad(op.getKey(), op.getValue())) {
                        check(probe, token, requests, serverErrors, failures);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf("bad-input corpus: %d operations, %d requests, %d answered 5xx, %d failures%n",
                operations.size(), requests.get(), serverErrors.get(), failures.size());
        assertThat(failures).as("answers that are 5xx or not problem+json with a code").isEmpty();
    }

    /** The first user the operation does not refuse outright; its plausible request is checked like the rest. */
    private String tokenFor(Probe base, AtomicInteger requests, AtomicInteger serverErrors, List<String> failures)
            throws Exception {
        for (String user : USERS) {
            String token = TestServices.token(user);
            if (check(base, token, requests, serverErrors, failures) != 403) {
                return token;
            }
        }
        return TestServices.token(USERS.getFirst());
    }

    private int check(Probe probe, String token, AtomicInteger requests, AtomicInteger serverErrors, List<String> failures)
            throws Exception {
        long started = System.nanoTime();
        requests.incrementAndGet();
        Answer response;
        try {
            response = send(probe, token);
        } catch (java.net.http.HttpTimeoutException e) {
            failures.add(probe.method() + " " + abbreviate(probe.pathAndQuery()) + " [" + probe.what() + "] no answer in 60 s");
            return 0;
        }
        int status = response.statusCode();
        String where = probe.method() + " " + abbreviate(probe.pathAndQuery()) + " [" + probe.what() + "] → " + status;
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 5_000) {
            System.out.println("bad-input corpus: slow answer (" + millis + " ms): " + where);
        }
        if (status >= 500) {
            serverErrors.incrementAndGet();
            failures.add(where + " " + abbreviate(response.body()));
        } else if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE) || !hasCode(response.body())) {
                failures.add(where + " not a problem with a code: " + type + " " + abbreviate(response.body()));
            }
        }
        return status;
    }

    /**
     * One connection per request: a keep-alive connection the server closes after an error answer can swallow the
     * next request sent on it (the same precaution as {@link ApiIntegrationTest}'s client).
     */
    private Answer send(Probe probe, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (probe.contentType() != null && probe.body() != null) {
            request.header("Content-Type", probe.contentType());
        }
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<java.io.InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            // a live event stream (消息中心) never ends: an opened stream is an answer, its body is left unread
            boolean stream = response.headers().firstValue("Content-Type").orElse("")
                    .startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
            String body = "";
            try (java.io.InputStream in = response.body()) {
                if (!stream) {
                    body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            } catch (java.io.IOException e) {
                if (!stream) {
                    throw e;
                }
            }
            return new Answer(response.statusCode(), response.headers(), body);
        }
    }

    /** What the server answered: status, headers and the body as text (none of a live stream). */
    private record Answer(int statusCode, java.net.http.HttpHeaders headers, String body) {
    }

    private static boolean hasCode(String body) {
        try {
            return JsonMapper.shared().readTree(body).path("code").isString();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    // --- the faults the probe of issue 11 found, one by one ---

    @Test
    void nulInAnyTextFieldIsRefusedBeforeAnythingIsWritten() throws Exception {
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
        String title = "含NUL的预案-" + UUID.randomUUID();
        steps.post("wc-county", "/api/v1/plans", Map.of("title", title + "\u0000", "category", "general",
                "ownerUnitId", unit, "eventTypes", List.of("洪涝灾害"), "summary", "摘要")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-character").jsonPath("$.field").isEqualTo("title");
        steps.post("wc-county", "/api/v1/plans", Map.of("title", title, "category", "general", "ownerUnitId", unit,
                "eventTypes", List.of("洪涝\u0000灾害"), "summary", "摘要")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-character");
        steps.post("wc-county", "/api/v1/cases", Map.of("title", "案例\u0000")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-character");
        steps.post("wc-county", "/api/v1/experts", Map.of("name", "专家\u0000")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-character");
        steps.post("wc-county", "/api/v1/drills", Map.of("title", "演练\u0000")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-character");
        // a NUL that comes by the query string is refused too, or harmless
        as("wc-county").get().uri("/api/v1/plans/search?q={q}", "a\u0000b").exchange().expectStatus().value(s ->
                assertThat(s).isIn(200, 400));
        int written = AppRole.asTenant(new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702"), c -> {
            try (var st = c.prepareStatement("select count(*) from plan where title like ?")) {
                st.setString(1, title + "%");
                var rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(written).as("nothing written").isZero();
    }

    @Test
    void anUnknownExpertSharingIsABadRequest() {
        steps.post("wc-county", "/api/v1/experts", Map.of("name", "张三", "organization", "潍城区应急管理局", "title", "高级工程师",
                "specialties", List.of("地震"), "level", "county", "phone", "13812345678", "sharing", "everyone"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-expert-sharing");
    }

    @Test
    void pagesBeyondTheResultWindowAreABadRequestOnEveryList() {
        for (String list : List.of("/api/v1/plans/search?page=500&size=20", "/api/v1/cases/search?page=500&size=20",
                "/api/v1/drills/search?page=500&size=20", "/api/v1/experts/search?page=500&size=20",
                "/api/v1/drills?page=2147483647", "/api/v1/cases?page=2147483647", "/api/v1/plans?page=2147483647",
                "/api/v1/compliance/370702/records?metric=plans&page=2147483647")) {
            as("wf-city").get().uri(list).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").value(code -> assertThat(code).as(list).isIn("page-too-deep", "invalid-page"));
        }
        as("wf-city").get().uri("/api/v1/plans/search?page=499&size=20").exchange().expectStatus().isOk();
    }

    @Test
    void theChecklistOfAPlanSharedDownIsRefusedToTheTiersBelowWithAProblem() {
        String cityGovernment = Fixtures.orgUnit("370700", "p37.c3707", "潍坊市人民政府-" + UUID.randomUUID(), "government");
        String cityPlan = (String) steps.draft("wf-city", "潍坊市突发事件总体应急预案-" + UUID.randomUUID(), "general",
                cityGovernment).get("id");
        steps.issue("wf-city", cityPlan, cn.yingji.platform.China.today().minusDays(1));
        as("wf-city").put().uri("/api/v1/plans/{id}/sharing", cityPlan).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sharing", "vertical", "version", 1)).exchange().expectStatus().isOk();
        assertThat(steps.get("wc-county", cityPlan)).containsEntry("sharing", "vertical");

        as("wc-county").get().uri("/api/v1/plans/{id}/filing-materials", cityPlan).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("filing-materials-owner-only");
        assertThat(steps.list("wf-city", "/api/v1/plans/{id}/filing-materials", cityPlan)).isNotEmpty();
    }

    @Test
    void theAttachmentsAndFilingsOfAnInvisiblePlanAreNotFound() {
        for (String path : List.of("/api/v1/plans/{id}/attachments", "/api/v1/plans/{id}/filings")) {
            as("wc-county").get().uri(path, UUID.randomUUID()).exchange().expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("plan-not-found");
        }
    }

    @Test
    void refusedUrlsAnswerWithAProblem() throws Exception {
        for (String path : List.of("/api/v1/plans/%2e%2e/x", "/api/v1/plans/%00", "/api/v1/plans//x",
                "/api/v1/plans?q=" + "x".repeat(20_000))) {
            Answer response = send(new Probe("GET", path, null, null, path), TestServices.token("wc-county"));
            assertThat(response.statusCode()).as(path).isBetween(200, 499);
            if (response.statusCode() >= 400) {
                assertThat(response.headers().firstValue("Content-Type")).as(path)
                        .hasValueSatisfying(t -> assertThat(t).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
                assertThat(hasCode(response.body())).as(path).isTrue();
            }
        }
        Answer traversal = send(new Probe("GET", "/api/v1/plans/%2e%2e/x", null, null, ""), null);
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(traversal.body()).path("code").asString()).isEqualTo("rejected-request");
    }

    @Test
    void unauthorizedAnswersNameTheBearerScheme() {
        http.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        http.get().uri("/api/v1/me").header("Authorization", "Bearer not-a-token").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    @Test
    void duplicateKeysAreMalformedJson() {
        as("wc-county").post().uri("/api/v1/experts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"张三\",\"name\":\"李四\"}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-request");
    }
}
