package cn.yingji.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Prometheus scrapes {@code /actuator/prometheus}: HTTP Basic as user {@code prometheus} with this password
 * (env {@code YINGJI_METRICS_PASSWORD}). Without a password nobody may read the metrics.
 */
@ConfigurationProperties("yingji.metrics")
public record MetricsProperties(String password) {

    public static final String USER = "prometheus";

    boolean enabled() {
        return password != null && !password.isBlank();
    }
}
