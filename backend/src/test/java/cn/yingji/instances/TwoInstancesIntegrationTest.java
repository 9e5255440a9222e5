package cn.yingji.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import cn.yingji.YingjiApplication;
import cn.yingji.platform.China;
import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;
import reactor.core.Disposable;

/**
 * Several instances of the app against one database (docs/instances.md): besides this test's own app (A), two more
 * whole applications, B and C, each on a port of its own. A notification caused through A reaches a browser
 * connected to B; the escalation pass, which B and C both schedule every second, runs once per interval across the
 * two, never twice at the same time. (A, like every app of the suite, does not schedule it.)
 */
class TwoInstancesIntegrationTest extends ApiIntegrationTest {

    static final String JOB = "obligation-escalation";
    static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
    };

    static ConfigurableApplicationContext instanceB;
    static ConfigurableApplicationContext instanceC;

    @BeforeAll
    static void startInstancesBAndC() throws SQLException {
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement("delete from job_run where name = ?")) {
            st.setString(1, JOB);
            st.executeUpdate();
        }
        instanceB = start();
        instanceC = start();
    }

    /** A whole instance of the app on a free port, against the suite's services, escalating every second. */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(YingjiApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + TestServices.jdbcUrl(),
                "--yingji.elasticsearch.urls=" + TestServices.elasticsearchUrls(),
                "--yingji.keycloak.public-url=" + TestServices.keycloakUrl(),
                "--yingji.keycloak.internal-url=" + TestServices.keycloakUrl(),
                "--yingji.keycloak.realm=" + TestServices.realm(),
                "--yingji.search.index-prefix=" + TestServices.indexPrefix(),
                "--yingji.metrics.password=" + METRICS_PASSWORD,
                "--yingji.obligations.escalation.enabled=true",
                "--yingji.obligations.escalation.initial-delay=PT0S",
                "--yingji.obligations.escalation.interval=PT1S");
    }

    @AfterAll
    static void stopInstancesBAndC() {
        for (var instance : java.util.Arrays.asList(instanceB, instanceC)) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private static int portOfB() {
        return Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aNotificationCausedThroughOneInstanceReachesABrowserOnTheOther() throws Exception {
        BlockingQueue<ServerSentEvent<Map<String, Object>>> events = new LinkedBlockingQueue<>();
        Disposable stream = WebClient.create("http://localhost:" + portOfB()).get().uri("/api/v1/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).header("Authorization", "Bearer " + TestServices.freshToken("wf-city"))
                .retrieve().bodyToFlux(EVENT).subscribe(events::add);
        try {
            assertThat(events.poll(30, TimeUnit.SECONDS)).as("B's stream opens").extracting(ServerSentEvent::comment)
                    .isEqualTo("ready");
            // through A (this test's app)
            PlanSteps steps = new PlanSteps(this::as);
            String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
            String title = "潍城区城市内涝应急预案-" + UUID.randomUUID().toString().substring(0, 6);
            Object planId = steps.draft("wc-county", title, "general", unit).get("id");
            steps.issue("wc-county", planId, China.today().minusDays(1));
            int version = ((Number) steps.get("wc-county", planId).get("version")).intValue();
            steps.submit("wc-county", planId, version).expectStatus().isCreated();

            ServerSentEvent<Map<String, Object>> event;
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            do {
                event = events.poll(1, TimeUnit.SECONDS);
            } while ((event == null || !"notification".equals(event.event())) && System.nanoTime() < until);
            assertThat(event).as("the notification reaches B's browser").isNotNull();
            assertThat(event.data()).containsEntry("title", "潍城区报送备案：" + title);
        } finally {
            stream.dispose();
        }
    }

    /**
     * B and C both try the escalation pass every second; in 5 s it runs at most once per second across the two
     * (without the shared lock and claim: about twice as often), and it does run.
     */
    @Test
    void aPeriodicJobRunsOncePerIntervalAcrossBothInstances() throws Exception {
        long before = passes();
        Thread.sleep(5_000);
        long ran = passes() - before;
        assertThat(ran).as("passes in 5 s of a 1 s job on two instances").isBetween(2L, 6L);
    }

    private static long passes() throws SQLException {
        try (Connection c = TestServices.ownerConnection();
                var st = c.prepareStatement("select coalesce((select passes from job_run where name = ?), 0)")) {
            st.setString(1, JOB);
            var rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }
}
