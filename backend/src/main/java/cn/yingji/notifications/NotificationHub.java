package cn.yingji.notifications;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import cn.yingji.tenancy.Readership;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes every new notification to the open streams of its readers on this instance of the app. The database
 * announces each one at commit on channel {@code yingji_notification} to every instance that listens (one
 * connection each, here), so a notification caused through one instance reaches a browser connected to another.
 * <p>
 * A stream holds at most {@link #backlog} notifications its client has not taken; one more and the stream is
 * closed — its browser reconnects and asks for what it missed ({@code Last-Event-ID}), so a client that never reads
 * holds no memory without bound. When the listening connection fails every stream here is closed the same way.
 */
@Component
class NotificationHub implements SmartLifecycle {

    static final String CHANNEL = "yingji_notification";

    private static final Logger log = LoggerFactory.getLogger(NotificationHub.class);

    /** An open stream: whose it is and where its notifications go until it is closed. */
    final class Stream {

        private final Viewer viewer;
        private final Sinks.Many<Notifications.Item> sink;
        private final Sinks.Empty<Void> closed = Sinks.empty();

        private Stream(Viewer viewer) {
            this.viewer = viewer;
            this.sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<Notifications.Item>get(backlog).get());
        }

        /** Its notifications from its opening on; those its client has not taken wait here (at most the backlog). */
        Flux<Notifications.Item> live() {
            return sink.asFlux();
        }

        /** Completes when it is closed. */
        Mono<Void> closed() {
            return closed.asMono();
        }

        /** No more notifications for it: its client left, fell behind, or this instance stopped listening. */
        void close() {
            streams.remove(this);
            sink.tryEmitComplete();
            closed.tryEmitEmpty();
        }
    }

    private final String url;
    private final String username;
    private final String password;
    private final Notifications notifications;
    private final int backlog;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile Thread listener;
    private volatile boolean listening;

    /** Listens on a connection of its own, outside the pool: it is held as long as the app runs. */
    NotificationHub(@Value("${spring.datasource.url}") String url, @Value("${spring.datasource.username}") String username,
            @Value("${spring.datasource.password}") String password, Notifications notifications,
            @Value("${yingji.notifications.stream-backlog:64}") int backlog) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.notifications = notifications;
        this.backlog = backlog;
    }

    /**
     * Opens a stream of the notifications of {@code viewer} from now on, until it is closed, falls {@link #backlog}
     * behind or this instance stops listening.
     */
    Stream open(Viewer viewer) {
        Stream stream = new Stream(viewer);
        streams.add(stream);
        return stream;
    }

    /** How many streams are open here. */
    int streams() {
        return streams.size();
    }

    /** Whether this instance is listening to the database's announcements now. */
    boolean listening() {
        return listening;
    }

    /** Sends notification {@code id}, addressed to {@code to}, to the open streams of its readers here. */
    void deliver(long id, Notifications.Recipient to) {
        List<Stream> readers = streams.stream().filter(s -> to.includes(s.viewer)).toList();
        if (readers.isEmpty()) {
            return;
        }
        // read once per readership, as one of its readers reads it (row level security decides as for the list): an
        // office's officer and its 信息员 read what is addressed to the office differently, so the first stream of
        // one must never decide for the other
        var byReadership = readers.stream().collect(Collectors.groupingBy(s -> Readership.of(s.viewer.roles()),
                LinkedHashMap::new, Collectors.toList()));
        for (List<Stream> group : byReadership.values()) {
            List<Notifications.Item> found = notifications.one(group.getFirst().viewer, id).block();
            if (found == null || found.isEmpty()) {
                continue;
            }
            Notifications.Item item = found.getFirst();
            for (Stream stream : group) {
                if (stream.sink.tryEmitNext(item).isFailure()) {
                    // too far behind (or gone): closed, its browser catches up from the last one it saw
                    stream.close();
                }
            }
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (Connection c = DriverManager.getConnection(url, username, password)) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("listen " + CHANNEL);
                }
                listening = true;
                backoff = Duration.ofMillis(200);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(1000);
                    if (batch == null) {
                        continue;
                    }
                    for (PGNotification n : batch) {
                        announce(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("listening for notifications failed, open streams closed: {}", e.toString());
                }
            } finally {
                listening = false;
                closeAll();
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                    : backoff.multipliedBy(2);
        }
    }

    private void announce(String payload) {
        try {
            JsonNode json = JsonMapper.shared().readTree(payload);
            deliver(json.get("id").asLong(), new Notifications.Recipient(json.get("tenant").asString(),
                    role(text(json.get("role"))), text(json.get("user"))));
        } catch (RuntimeException e) {
            log.warn("notification {} not delivered: {}", payload, e.toString());
        }
    }

    /** The role a notification is addressed to; one we do not know is not delivered (and logged). */
    private static Role role(String literal) {
        return literal == null ? null : Role.of(literal).orElseThrow(
                () -> new IllegalArgumentException("unknown audience role " + literal));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private void closeAll() {
        List.copyOf(streams).forEach(Stream::close);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("notification-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = listener;
        if (t != null) {
            t.interrupt();
        }
        closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
