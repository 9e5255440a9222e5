package cn.yingji.notifications;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The gateway of a platform without real ones (development, the demo, the tests): every channel, nothing leaves the
 * machine; each message is logged and kept (the last {@link #KEPT}), and its receipt is {@code local-<delivery id>}.
 * {@code yingji.notifications.outbound.gateway=local} (the default) selects it.
 */
@Component
@ConditionalOnProperty(name = "yingji.notifications.outbound.gateway", havingValue = "local", matchIfMissing = true)
class LocalGateway implements OutboundGateway {

    static final int KEPT = 1000;

    private static final Logger log = LoggerFactory.getLogger(LocalGateway.class);

    private final List<Message> sent = new ArrayList<>();

    @Override
    public boolean handles(OutboundChannel channel) {
        return true;
    }

    @Override
    public synchronized String send(Message message) {
        if (sent.size() == KEPT) {
            sent.removeFirst();
        }
        sent.add(message);
        log.info("outbound {} to {} ({}): {}", message.channel().literal(), message.routeName(), message.deliveryId(),
                message.title());
        return "local-" + message.deliveryId();
    }

    /** What it was given to send, oldest first. */
    synchronized List<Message> sent() {
        return List.copyOf(sent);
    }
}
