package cn.yingji.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs blocking JDBC work off the Netty event loop, one virtual thread per call. Concurrency is bounded
 * by the connection pool, not by this scheduler.
 */
@Component
public class JdbcScheduler implements DisposableBean {

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("jdbc-", 0).factory());
    private final Scheduler scheduler = Schedulers.fromExecutorService(executor, "jdbc");

    public <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.dispose();
        executor.close();
    }
}
