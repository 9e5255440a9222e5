package cn.yingji.search;

import java.time.Duration;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The indexer's own connection pool, as {@code yingji_indexer}: the one role that reads across tenants
 * (to build search documents) — what reaches a user is filtered by the sharing rule in every search.
 */
@Component
class IndexerDatabase implements AutoCloseable {

    /**
     * @param maxBulkSize     a bulk request holds documents up to this many bytes (a larger document goes alone)
     * @param maxDocumentSize a larger document is not sent but parked with its error (Elasticsearch refuses a
     *                        request past its {@code http.max_content_length}, 100 MB by default)
     * @param parkedRetry     the first delay before a parked document is tried again, doubling up to
     *                        {@code parkedRetryMax}
     * @param vectorShare     the share of the time the vector stage computes while writes flow (it pauses the
     *                        rest): a burst's vectors never take the model's core from the requests; all of it
     *                        once they stop
     */
    @ConfigurationProperties("yingji.indexer")
    record IndexerProperties(String url, String username, String password, boolean enabled, long pollMillis,
            @DefaultValue("10MB") DataSize maxBulkSize, @DefaultValue("20MB") DataSize maxDocumentSize,
            @DefaultValue("PT30S") Duration parkedRetry, @DefaultValue("PT6H") Duration parkedRetryMax,
            @DefaultValue("0.25") double vectorShare) {

        IndexerProperties {
            if (!(vectorShare > 0 && vectorShare <= 1)) {
                throw new IllegalArgumentException("yingji.indexer.vector-share must be in (0, 1], not " + vectorShare);
            }
        }
    }

    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    IndexerDatabase(IndexerProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setMaximumPoolSize(2);
        config.setPoolName("indexer");
        config.setInitializationFailTimeout(-1);
        this.dataSource = new HikariDataSource(config);
        this.dsl = DSL.using((DataSource) dataSource, SQLDialect.POSTGRES, cn.yingji.platform.JooqSettings.settings());
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
