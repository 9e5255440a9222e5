package cn.yingji.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import cn.yingji.platform.Labelled;
import cn.yingji.tenancy.TenantTx;

/**
 * 消息外发: sends the outbox of notifications ({@code notification_delivery}) through the gateways, on every instance
 * of the app — each claim takes only deliveries no other instance holds ({@code app.claim_deliveries}, skip
 * locked), so each is sent by one of them; a failed one is tried again by {@link DeliveryRetry}, and one whose
 * instance died while sending it is due again when its lease ends.
 */
@Component
class OutboundDispatcher implements SmartLifecycle {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(OutboundDispatcher.class);

    private final TenantTx tx;
    private final List<OutboundGateway> gateways;
    private final boolean enabled;
    private final Duration poll;
    private volatile boolean running;
    private volatile Thread worker;

    OutboundDispatcher(TenantTx tx, List<OutboundGateway> gateways,
            @Value("${yingji.notifications.outbound.enabled:true}") boolean enabled,
            @Value("${yingji.notifications.outbound.poll:PT1S}") Duration poll) {
        this.tx = tx;
        this.gateways = gateways;
        this.enabled = enabled;
        this.poll = poll;
    }

    /** One round: claims what is due and sends it; returns how many it claimed. */
    int round() {
        var claimed = tx.withoutTenant(dsl -> dsl.fetch("select * from app.claim_deliveries({0}, {1}::interval)",
                DSL.val(BATCH), DSL.val(LEASE.toSeconds() + " seconds"))).block();
        for (Record d : claimed) {
            send(d);
        }
        return claimed.size();
    }

    private void send(Record d) {
        long id = d.get("id", Long.class);
        OutboundChannel channel = Labelled.byLiteral(OutboundChannel.class, d.get("channel", String.class)).orElseThrow();
        var message = new OutboundGateway.Message(id, channel, d.get("address", String.class),
                d.get("route_name", String.class), d.get("title", String.class), d.get("body", String.class));
        try {
            OutboundGateway gateway = gateways.stream().filter(g -> g.handles(channel)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("没有可用的" + channel.label() + "网关"));
            finish(id, gateway.send(message), null, null);
        } catch (RuntimeException e) {
            Instant retry = DeliveryRetry.after(d.get("attempts", Integer.class), Instant.now()).orElse(null);
            log.warn("outbound delivery {} ({}) failed: {}", id, channel.literal(), e.toString());
            finish(id, null, e.getMessage() == null ? e.toString() : e.getMessage(), retry);
        }
    }

    private void finish(long id, String receipt, String error, Instant retryAt) {
        tx.withoutTenant(dsl -> dsl.execute("select app.finish_delivery({0}, {1}, {2}, {3})", DSL.val(id),
                DSL.val(receipt), DSL.val(error), DSL.val(retryAt == null ? null : retryAt.atOffset(ZoneOffset.UTC))))
                .block();
    }

    private void loop() {
        while (running) {
            try {
                if (round() == BATCH) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("outbound round failed: {}", e.toString());
            }
            try {
                Thread.sleep(poll);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        if (enabled) {
            worker = Thread.ofPlatform().daemon().name("outbound-dispatcher").start(this::loop);
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
