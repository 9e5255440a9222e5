package cn.yingji.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

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

    /** Runs {@code work} on a virtual thread; its time counts as the request's database time ({@link ServerTiming}). */
    public <T> Mono<T> call(Callable<T> work) {
        return Mono.deferContextual(context -> {
            LongAdder db = context.getOrDefault(ServerTiming.DB_NANOS, null);
            Callable<T> timed = db == null ? work : () -> {
                long start = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    db.add(System.nanoTime() - start);
                }
            };
            return Mono.fromCallable(timed).subscribeOn(scheduler);
        });
    }

    @Override
    public void destroy() {
        scheduler.dispose();
        executor.close();
    }
}
