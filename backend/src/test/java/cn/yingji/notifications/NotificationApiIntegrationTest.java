package cn.yingji.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.plans.PlanSteps;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;
import reactor.core.Disposable;

/**
 * 消息中心 through the API: a county's submission tells its city's reviewers at once over their open stream, and
 * nobody else; the city's answer tells the county, with the reason; 已读 and the unread count; a reconnecting browser
 * gets what it missed; a stream whose client does not read is closed, not left to grow.
 */
class NotificationApiIntegrationTest extends ApiIntegrationTest {

    static final TenantRef WEICHENG = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");
    static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    NotificationHub hub;
    @Autowired
    Notifications notifications;
    @Autowired
    TenantTx tx;
    @Autowired
    LocalGateway gateway;

    PlanSteps steps;
    String unit;
    Disposable stream;

    @BeforeEach
    void countyGovernment() {
        steps = new PlanSteps(this::as);
        unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
    }

    @AfterEach
    void closeStream() {
        if (stream != null) {
            stream.dispose();
        }
    }

    /** Opens {@code user}'s stream (after {@code lastEventId} when given); its events arrive in the queue once it is ready. */
    private BlockingQueue<ServerSentEvent<Map<String, Object>>> open(String user, Long lastEventId) throws InterruptedException {
        BlockingQueue<ServerSentEvent<Map<String, Object>>> events = new LinkedBlockingQueue<>();
        var request = WebClient.create("http://localhost:" + port).get().uri("/api/v1/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).header("Authorization", "Bearer " + TestServices.freshToken(user));
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        stream = request.retrieve().bodyToFlux(EVENT).subscribe(events::add);
        var ready = events.poll(20, TimeUnit.SECONDS);
        assertThat(ready).as("the stream opens").isNotNull();
        assertThat(ready.comment()).isEqualTo("ready");
        return events;
    }

    /** The next notification event of the stream, keep-alive comments passed over. */
    private static Map<String, Object> next(BlockingQueue<ServerSentEvent<Map<String, Object>>> events)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            var event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && "notification".equals(event.event())) {
                assertThat(event.id()).isEqualTo(String.valueOf(event.data().get("id")));
                return event.data();
            }
        }
        throw new AssertionError("no notification within 20 s");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inbox(String user) {
        return as(user).get().uri("/api/v1/notifications?limit=200").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String user) {
        return (List<Map<String, Object>>) inbox(user).get("items");
    }

    private static int unread(Map<String, Object> inbox) {
        return ((Number) inbox.get("unread")).intValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> submitIssuedPlan(String title) {
        Object planId = steps.draft("wc-county", title, "general", unit).get("id");
        steps.issue("wc-county", planId, China.today().minusDays(1));
        int version = ((Number) steps.get("wc-county", planId).get("version")).intValue();
        return steps.submit("wc-county", planId, version).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    @Test
    void aSubmissionReachesTheAuthoritysReviewersLiveAndTheirReturnTellsTheCountyWhy() throws Exception {
        var cityStream = open("wf-city", null);
        String title = "潍城区防汛应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> filing = submitIssuedPlan(title);

        Map<String, Object> live = next(cityStream);
        assertThat(live).containsEntry("kind", "filing_submitted").containsEntry("kindLabel", "新的备案报送")
                .containsEntry("title", "潍城区报送备案：" + title).containsEntry("entity", "filing")
                .containsEntry("entityId", filing.get("id")).containsEntry("senderTenantName", "潍城区")
                .containsEntry("read", false);
        assertThat((String) live.get("body")).contains(String.valueOf(filing.get("acknowledgementDueOn")));
        Object id = live.get("id");

        Map<String, Object> cityInbox = inbox("wf-city");
        assertThat(((List<Map<String, Object>>) cityInbox.get("items")).getFirst()).isEqualTo(live);
        int unread = unread(cityInbox);
        assertThat(unread).isPositive();
        // the county sent it, the province oversees, a sibling city knows nothing of it
        for (String other : List.of("wc-county", "sd-province", "jn-city")) {
            assertThat(items(other)).extracting(n -> n.get("id")).as(other).doesNotContain(id);
        }
        as("wc-county").post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("notification-not-found");

        // 已读: once or twice, one fewer unread
        for (int i = 0; i < 2; i++) {
            as("wf-city").post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.unread").isEqualTo(unread - 1);
        }
        assertThat(items("wf-city").getFirst()).containsEntry("id", id).containsEntry("read", true);

        var countyStream = open("wc-county", null);
        steps.post("wf-city", "/api/v1/filings/{id}/return", Map.of("reason", "请补充专家评审意见"), filing.get("id"))
                .expectStatus().isOk();
        Map<String, Object> returned = next(countyStream);
        assertThat(returned).containsEntry("kind", "filing_returned").containsEntry("title", "备案被退回：" + title)
                .containsEntry("entity", "plan").containsEntry("entityId", filing.get("planId"))
                .containsEntry("senderTenantName", "潍坊市");
        assertThat((String) returned.get("body")).endsWith("退回原因：请补充专家评审意见");
        assertThat(items("jn-city")).extracting(n -> n.get("id")).doesNotContain(returned.get("id"));

        as("wc-county").post().uri("/api/v1/notifications/read-all").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.unread").isEqualTo(0);
        assertThat(unread(inbox("wc-county"))).isZero();
    }

    @Test
    void aReconnectingBrowserReceivesWhatItMissedInOrderThenWhatComesLive() throws Exception {
        List<Map<String, Object>> before = items("wf-city");
        long lastSeen = before.isEmpty() ? 0 : ((Number) before.getFirst().get("id")).longValue();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        submitIssuedPlan("潍城区地震应急预案-" + suffix);
        submitIssuedPlan("潍城区森林火灾应急预案-" + suffix);

        var events = open("wf-city", lastSeen);
        Map<String, Object> first = next(events);
        Map<String, Object> second = next(events);
        assertThat(first.get("title")).isEqualTo("潍城区报送备案：潍城区地震应急预案-" + suffix);
        assertThat(second.get("title")).isEqualTo("潍城区报送备案：潍城区森林火灾应急预案-" + suffix);
        submitIssuedPlan("潍城区气象灾害应急预案-" + suffix);
        assertThat(next(events).get("title")).isEqualTo("潍城区报送备案：潍城区气象灾害应急预案-" + suffix);
    }

    /**
     * 消息外发: 潍坊市's 单位管理员 sends what its reviewers are told to the review office's SMS number; a submission's
     * notification goes out there through the gateway, and its readers see the receipt; the route is refused with a
     * reason when it is not one, and only the admin keeps them.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anOfficesRouteSendsItsNotificationsOutAndItsReadersSeeTheReceipt() throws Exception {
        String mobile = "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        String routeName = "备案审查科短信-" + mobile; // the demo's routes of 潍坊市 may be there too
        Map<String, Object> route = steps.ok(steps.post("wf-admin", "/api/v1/notification-routes",
                Map.of("channel", "sms", "address", mobile, "name", routeName, "audienceRole", "reviewer")),
                Map.class);
        assertThat(route).containsEntry("channelLabel", "短信").containsEntry("audienceRole", "reviewer");
        steps.post("wf-admin", "/api/v1/notification-routes",
                Map.of("channel", "sms", "address", mobile, "name", "重复", "audienceRole", "reviewer"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("route-exists");
        steps.post("wf-admin", "/api/v1/notification-routes", Map.of("channel", "sms", "address", "12345", "name", "值班室"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-address");
        steps.post("wf-admin", "/api/v1/notification-routes", Map.of("channel", "fax", "address", mobile, "name", "值班室"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-channel");
        steps.post("wf-city", "/api/v1/notification-routes", Map.of("channel", "sms", "address", mobile, "name", "值班室"))
                .expectStatus().isForbidden();

        String title = "潍城区低温雨雪冰冻应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> filing = submitIssuedPlan(title);
        Object id = items("wf-city").stream().filter(n -> filing.get("id").equals(n.get("entityId"))).findFirst()
                .orElseThrow().get("id");
        List<Map<String, Object>> deliveries = List.of();
        for (long until = System.nanoTime() + Duration.ofSeconds(20).toNanos(); System.nanoTime() < until; Thread.sleep(200)) {
            deliveries = steps.list("wf-city", "/api/v1/notifications/{id}/deliveries", id).stream()
                    .filter(d -> routeName.equals(d.get("routeName"))).toList();
            if (!deliveries.isEmpty() && "sent".equals(deliveries.getFirst().get("state"))) {
                break;
            }
        }
        assertThat(deliveries).singleElement().satisfies(d -> assertThat(d).containsEntry("channelLabel", "短信")
                .containsEntry("stateLabel", "已发送"));
        assertThat(gateway.sent()).filteredOn(m -> m.address().equals(mobile)).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("潍城区报送备案：" + title));
        as("jn-city").get().uri("/api/v1/notifications/{id}/deliveries", id).exchange().expectStatus().isNotFound();

        as("wf-admin").delete().uri("/api/v1/notification-routes/{id}", route.get("id")).exchange().expectStatus().isNoContent();
        as("wf-admin").delete().uri("/api/v1/notification-routes/{id}", route.get("id")).exchange().expectStatus().isNotFound();
    }

    @Test
    void aStreamNeedsAValidTokenAndANumericLastEventId() {
        http.get().uri("/api/v1/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/api/v1/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header("Authorization", "Bearer not-a-token").exchange().expectStatus().isUnauthorized();
        as("wf-city").get().uri("/api/v1/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", "abc").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-last-event-id");
        as("wf-city").get().uri("/api/v1/notifications?limit=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-limit");
    }

    /**
     * A stream whose client takes nothing holds at most its backlog: one more and the hub closes it (the browser
     * would reconnect and catch up with Last-Event-ID).
     */
    @Test
    void aStreamWhoseClientDoesNotReadIsClosedOnceItsBacklogIsFull() throws Exception {
        var viewer = new cn.yingji.tenancy.Viewer("wc-county", "王强", java.util.Set.of(Role.COUNTY_OFFICER), WEICHENG);
        NotificationHub.Stream idle = hub.open(viewer);
        var closed = idle.closed().toFuture();
        // a client that took the stream and then reads nothing: it requests none
        idle.live().subscribe(new reactor.core.publisher.BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
            }
        });
        int open = hub.streams();
        tx.call(WEICHENG, dsl -> {
            for (int i = 0; i <= 64; i++) {
                notifications.notify(dsl, new Notifications.Notice(NotificationKind.OBLIGATION_ESCALATED,
                        Notifications.Recipient.person("370702", "wc-county"), "测试消息 " + i, null, null, null));
            }
            return null;
        }).block();
        closed.get(20, TimeUnit.SECONDS);
        assertThat(hub.streams()).as("no longer held by the hub").isLessThan(open);
    }
}
