package cn.yingji.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.Disposable;

/** Users' live notification streams (消息中心), as their open browsers hold them; closed by {@link #close}. */
public final class NotificationStreams implements AutoCloseable {

    static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> SSE = new ParameterizedTypeReference<>() {
    };

    private final int port;
    private final List<Disposable> open = new ArrayList<>();

    public NotificationStreams(int port) {
        this.port = port;
    }

    /** Opens the user's stream and waits for it to be ready. */
    public BlockingQueue<ServerSentEvent<Map<String, Object>>> open(String user) throws InterruptedException {
        BlockingQueue<ServerSentEvent<Map<String, Object>>> events = new LinkedBlockingQueue<>();
        open.add(WebClient.create("http://localhost:" + port).get().uri("/api/v1/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).header("Authorization", "Bearer " + TestServices.freshToken(user))
                .retrieve().bodyToFlux(SSE).subscribe(events::add));
        assertThat(events.poll(20, TimeUnit.SECONDS)).as("the stream opens").isNotNull();
        return events;
    }

    /** The next notification of this kind on the stream within 20 s, others passed over. */
    public static Map<String, Object> next(BlockingQueue<ServerSentEvent<Map<String, Object>>> events, String kind)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            var event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && "notification".equals(event.event()) && kind.equals(event.data().get("kind"))) {
                return event.data();
            }
        }
        throw new AssertionError("no " + kind + " notification within 20 s");
    }

    @Override
    public void close() {
        open.forEach(Disposable::dispose);
    }
}
