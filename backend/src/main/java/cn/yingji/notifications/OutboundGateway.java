package cn.yingji.notifications;

/**
 * A gateway that sends a notification out of the platform on one or more channels (短信平台, 政务微信, 钉钉, a mail
 * server). Each real gateway is an adapter implementing this interface; the platform ships {@link LocalGateway},
 * which records what it would have sent. See docs/notifications.md for how to add a real one.
 */
public interface OutboundGateway {

    /** One delivery to send: to which address of which channel, and what. */
    record Message(long deliveryId, OutboundChannel channel, String address, String routeName, String title,
            String body) {
    }

    /** Whether this gateway sends on {@code channel}. */
    boolean handles(OutboundChannel channel);

    /**
     * Sends the message; returns the gateway's receipt (its message id). A failure is thrown: the dispatcher records
     * it and tries again later ({@link DeliveryRetry}). Sending the same delivery twice must be harmless where the
     * gateway allows (the delivery id is the idempotency key).
     */
    String send(Message message);
}
