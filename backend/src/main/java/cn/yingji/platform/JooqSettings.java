package cn.yingji.platform;

import org.jooq.conf.Settings;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How jOOQ talks to PostgreSQL, for the API's connections and the indexer's alike.
 *
 * <p>A time ({@code OffsetDateTime}) is bound as a {@code timestamptz}, not as text. Bound as text, a statement the
 * driver has prepared and PostgreSQL plans once for all values (a generic plan, from the sixth execution on) parses
 * the text again for every row it compares: 时限办理 of a province took 195 ms instead of 85 (79 k rows, three time
 * comparisons each; docs/benchmarks.md, "Workbench at national scale").
 */
@Configuration(proxyBeanMethods = false)
public class JooqSettings {

    /** The settings of a {@code DSLContext} the app builds itself (the indexer's). */
    public static Settings settings() {
        return apply(new Settings());
    }

    private static Settings apply(Settings settings) {
        return settings.withBindOffsetDateTimeType(true);
    }

    /** The same on the API's {@code DSLContext}, which Spring Boot builds. */
    @Bean
    DefaultConfigurationCustomizer timesBoundAsTimestamptz() {
        return configuration -> apply(configuration.settings());
    }
}
