package cn.yingji.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The reindex command: {@code ./yingji reindex plan} starts the application without a web server and
 * with {@code --yingji.search.reindex=plans}, rebuilds that index from PostgreSQL, and exits.
 */
@Component
@ConditionalOnProperty("yingji.search.reindex")
class ReindexCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final SearchIndexer indexer;
    private final ConfigurableApplicationContext context;

    ReindexCommand(SearchIndexer indexer, ConfigurableApplicationContext context) {
        this.indexer = indexer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        for (String entity : args.getOptionValues("yingji.search.reindex").getFirst().split(",")) {
            long started = System.nanoTime();
            long count = indexer.reindex(entity.strip());
            log.info("reindexed {}: {} documents in {} ms", entity.strip(), count, (System.nanoTime() - started) / 1_000_000);
        }
        // a command, not a server: close the pools and leave
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
